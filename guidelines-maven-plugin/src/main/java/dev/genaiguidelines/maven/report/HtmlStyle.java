package dev.genaiguidelines.maven.report;

/**
 * The HTML report's inline style sheet and script: inline so the page is one file that opens
 * anywhere, offline, with no external asset to fetch or trust.
 */
final class HtmlStyle {

  private HtmlStyle() {}

  static final String CSS = """
      :root {
        --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #ffffff; --page: #f3f5f8;
        --socialize: #1a7f37; --socialize-bg: #dafbe1;
        --approved: #0550ae; --approved-bg: #ddf4ff;
        --needs: #8a5a00; --needs-bg: #fff1c2; --needs-edge: #d4a72c;
        --prohibited: #b3261e; --prohibited-bg: #ffebe9;
        --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
      }
      * { box-sizing: border-box; }
      [hidden] { display: none !important; }
      html { background: var(--page); }
      body { margin: 0; color: var(--ink); font: 14px/1.5 system-ui, -apple-system, "Segoe UI",
        Roboto, "Helvetica Neue", Arial, sans-serif; }
      code, .element, .where, .coords { font-family: var(--mono); font-size: 12.5px; }
      .wrap, main, footer { max-width: 1240px; margin: 0 auto; padding: 0 24px; }
      .masthead { background: #16202e; color: #f5f7fa; padding: 28px 0 22px; }
      .eyebrow { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: 12px;
        color: #9fb3c8; font-weight: 600; }
      h1 { margin: 4px 0 2px; font-size: 28px; font-weight: 650; }
      h1 .version { font-size: 15px; font-weight: 600; vertical-align: middle; padding: 2px 10px;
        border-radius: 999px; background: #2c3b50; color: #d8e2ee; }
      .coords { margin: 0 0 14px; color: #9fb3c8; }
      .meta { display: flex; flex-wrap: wrap; gap: 8px 32px; margin: 0; }
      .meta div { display: flex; flex-direction: column; }
      .meta dt { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: #9fb3c8; }
      .meta dd { margin: 0; font-weight: 600; }
      .meta code { font-size: 13px; }
      main { padding-top: 20px; padding-bottom: 8px; }
      h2 { font-size: 18px; margin: 30px 0 10px; }
      .status { border-radius: 8px; padding: 12px 16px; border: 1px solid; }
      .status p { margin: 0; }
      .status-fail { background: var(--prohibited-bg); border-color: #f2b8b5; color: #5c1410; }
      .status-pass { background: var(--socialize-bg); border-color: #aceebb; color: #0f3d1d; }
      .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(128px, 1fr));
        gap: 12px; margin-top: 16px; }
      .card { background: var(--paper); border: 1px solid var(--line); border-top: 4px solid #8c959f;
        border-radius: 8px; padding: 10px 14px; display: flex; flex-direction: column; }
      .card .n { font-size: 26px; font-weight: 700; line-height: 1.2; }
      .card .label { color: var(--muted); font-size: 12.5px; }
      .card.v-socialize { border-top-color: var(--socialize); }
      .card.v-approved { border-top-color: var(--approved); }
      .card.v-needs_approval { border-top-color: var(--needs-edge); }
      .card.v-prohibited { border-top-color: var(--prohibited); }
      .card.alert { border-top-color: var(--prohibited); }
      .card.alert .n { color: var(--prohibited); }
      .card.caution { border-top-color: var(--needs-edge); }
      .card.quiet { border-top-color: var(--line); }
      .filters { display: flex; flex-wrap: wrap; align-items: center; gap: 10px 18px;
        margin: 0 0 12px; }
      .filters fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap;
        gap: 8px; align-items: center; }
      .filters legend { float: left; margin-right: 6px; color: var(--muted); font-weight: 600; }
      .chip { display: inline-flex; align-items: center; gap: 6px; border: 1px solid var(--line);
        border-radius: 999px; padding: 3px 12px 3px 8px; background: var(--paper); cursor: pointer;
        user-select: none; }
      .chip .count { color: var(--muted); font-variant-numeric: tabular-nums; }
      .tool-filter { color: var(--muted); font-weight: 600; }
      .tool-filter select { margin-left: 6px; font: inherit; padding: 3px 6px; border-radius: 6px;
        border: 1px solid var(--line); background: var(--paper); color: var(--ink); }
      #shown { color: var(--muted); margin-left: auto; }
      table { width: 100%; border-collapse: separate; border-spacing: 0; background: var(--paper);
        border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
      caption { caption-side: top; text-align: left; color: var(--muted); padding: 0 0 8px; }
      th, td { text-align: left; vertical-align: top; padding: 10px 12px; }
      thead th { background: #f6f8fa; font-size: 12px; text-transform: uppercase;
        letter-spacing: .05em; color: var(--muted); border-bottom: 1px solid var(--line); }
      tbody th { font-weight: normal; }
      tbody.use > tr:first-child > * { border-top: 1px solid var(--line); }
      tbody.use:first-of-type > tr:first-child > * { border-top: 0; }
      tbody.use > tr:first-child > th { border-left: 4px solid transparent; }
      tbody.v-socialize > tr:first-child > th { border-left-color: var(--socialize); }
      tbody.v-approved > tr:first-child > th { border-left-color: var(--approved); }
      tbody.v-needs_approval > tr:first-child > th { border-left-color: var(--needs-edge); }
      tbody.v-prohibited > tr:first-child > th { border-left-color: var(--prohibited); }
      table.plain tbody tr + tr > * { border-top: 1px solid var(--line); }
      table.plain tbody th .element { color: var(--ink); }
      .use-id { width: 20%; }
      .w-element { width: 28%; } .w-target { width: 22%; } .w-record { width: 16%; }
      td.tool { width: 12%; }
      .use-id .id { display: block; font-weight: 650; font-size: 14.5px; word-break: break-word; }
      .element, .where { display: block; color: var(--muted); overflow-wrap: anywhere; }
      .sub { display: block; color: var(--muted); font-size: 12.5px; overflow-wrap: anywhere; }
      .tool-id { font-weight: 600; }
      .purpose { width: 24%; overflow-wrap: anywhere; }
      td.declared { width: 21%; }
      td.ledger { width: 13%; }
      .declared dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 1px 8px;
        font-size: 12.5px; }
      .declared dl div { display: contents; }
      .declared dt { color: var(--muted); }
      .declared dd { margin: 0; font-family: var(--mono); font-size: 12px; }
      .ledger .ref { display: block; white-space: nowrap; }
      .ledger .ref .sub { display: inline; }
      .none { color: #8c959f; }
      .badge { display: inline-block; white-space: nowrap; font-weight: 650; font-size: 12px;
        padding: 2px 10px; border-radius: 999px; border: 1px solid; }
      .badge.v-socialize { color: var(--socialize); background: var(--socialize-bg);
        border-color: #aceebb; }
      .badge.v-approved { color: var(--approved); background: var(--approved-bg);
        border-color: #b6e3ff; }
      .badge.v-needs_approval { color: var(--needs); background: var(--needs-bg);
        border-color: var(--needs-edge); }
      .badge.v-prohibited { color: var(--prohibited); background: var(--prohibited-bg);
        border-color: #f2b8b5; }
      tr.findings > td { padding-top: 0; }
      .finding-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
      .finding { display: grid; grid-template-columns: 64px 70px 1fr; gap: 8px; align-items: baseline;
        background: #f6f8fa; border-radius: 6px; padding: 6px 10px; border-left: 3px solid #8c959f; }
      .finding.sev-error { border-left-color: var(--prohibited); background: #fff5f4; }
      .finding.sev-warning { border-left-color: var(--needs-edge); background: #fffbea; }
      .finding.sev-info { border-left-color: var(--approved); background: #f2f9ff; }
      .rule { font-family: var(--mono); font-weight: 700; font-size: 12.5px; }
      .sev { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; font-weight: 700;
        color: var(--muted); }
      .sev-error .sev { color: var(--prohibited); }
      .sev-warning .sev { color: var(--needs); }
      .sev-info .sev { color: var(--approved); }
      .fix { display: block; margin-top: 2px; }
      .cp { font-family: var(--mono); font-size: 11px; color: var(--prohibited);
        border: 1px dashed currentColor; border-radius: 3px; padding: 0 3px; margin: 0 1px; }
      .empty { background: var(--paper); border: 1px dashed var(--line); border-radius: 8px;
        padding: 12px 16px; color: var(--muted); margin: 0; }
      .legend { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
        gap: 10px; margin: 0; }
      .legend div { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
        padding: 10px 14px; }
      .legend dd { margin: 6px 0 0; color: var(--muted); }
      footer { color: var(--muted); font-size: 12.5px; padding-top: 8px; padding-bottom: 28px; }
      @media print {
        html { background: #fff; }
        .filters { display: none !important; }
        tbody.use[hidden] { display: table-row-group !important; }
        .masthead { background: #fff; color: var(--ink); border-bottom: 2px solid var(--ink); }
        table { break-inside: auto; } tbody.use { break-inside: avoid; }
      }
      """;

  /** Added only to a report compared with a baseline, so other reports keep their bytes. */
  /** Only in a report whose scan could not read every class file. */
  static final String INCOMPLETE_CSS = """
      .incomplete { margin-top: 16px; background: var(--needs-bg); color: #3d2800;
        border: 2px solid var(--needs-edge); border-radius: 8px; padding: 12px 16px; }
      .incomplete h2 { margin: 0 0 6px; }
      .incomplete p { margin: 0 0 6px; }
      .incomplete ul { margin: 0; padding-left: 20px; }
      .incomplete .reason { color: var(--muted); }
      """;

  /** The "Read this first" banner: enforcement off, or a policy the project wrote itself. */
  static final String TRUST_CSS = """
      .trust { margin-top: 16px; background: var(--needs-bg); color: #3d2800;
        border: 2px solid var(--needs-edge); border-radius: 8px; padding: 12px 16px; }
      .trust h2 { margin: 0 0 6px; }
      .trust ul { margin: 0; padding-left: 20px; }
      """;

  static final String CHANGES_CSS = """
      #changes { margin-bottom: 22px; }
      #changes h2 { margin-top: 6px; }
      .w-change { width: 10%; }
      table.changes td:last-child { white-space: nowrap; }
      .change { font-weight: 650; }
      .change-added .change { color: var(--socialize); }
      .change-removed .change { color: var(--muted); }
      .change-changed .change { color: var(--approved); }
      table.changes .id { font-weight: 650; word-break: break-word; }
      .field-changes { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; }
      .field-changes div { display: contents; }
      .field-changes dt { color: var(--muted); }
      .field-changes dd { margin: 0; overflow-wrap: anywhere; }
      .arrow, .was { color: var(--muted); }
      """;

  static final String SCRIPT = """
      (function () {
        var form = document.getElementById('filters');
        if (!form) { return; }
        var boxes = form.querySelectorAll('input[name="verdict"]');
        var tool = form.querySelector('select[name="tool"]');
        var uses = document.querySelectorAll('tbody.use');
        var shown = document.getElementById('shown');
        function apply() {
          var wanted = {};
          boxes.forEach(function (box) { wanted[box.value] = box.checked; });
          var count = 0;
          uses.forEach(function (use) {
            var visible = wanted[use.dataset.verdict]
                && (tool.value === '' || use.dataset.tool === tool.value);
            use.hidden = !visible;
            if (visible) { count++; }
          });
          shown.textContent = count + ' of ' + uses.length + ' uses shown';
        }
        form.addEventListener('change', apply);
        form.addEventListener('submit', function (event) { event.preventDefault(); });
        form.hidden = false;
        apply();
      })();
      """;
}
