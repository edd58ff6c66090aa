import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 1

// The processor judged all four uses while compiling and found nothing to say but its note.
def compile = lines.indexOf('[INFO] Compiling 4 source files with javac [debug release 17] to target/classes')
assert compile > 0
assert lines[compile + 1] == '[INFO] [genai] 4 GenAI uses: 2 socialize, 2 approved, 0 needs approval, 0 prohibited'
assert !lines.any { it.contains('[GAI') }
assert !lines.any { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }

// check passed on the same day, with the summary the ledger gives.
def check = lines.findIndexOf { it ==~ /\[INFO\] GenAI guidelines: 4 uses in \d+ classes of target\/ledger-pipeline-1.0.jar, policy netflix-2025 \(genai-policy.yaml\), as of 2026-06-01/ }
assert check > 0
assert lines.subList(check + 1, check + 9) == [
    '[INFO]   SOCIALIZE             2',
    '[INFO]   APPROVED              2',
    '[INFO]   NEEDS_APPROVAL        0',
    '[INFO]   PROHIBITED            0',
    '[INFO]   undeclared calls      0',
    '[INFO]   errors                0',
    '[INFO]   warnings              0',
    '[INFO] ------------------------------------------------------------------------']
assert lines.contains('[INFO] GenAI compliance report of ledger-pipeline: 4 uses (2 SOCIALIZE, 2 APPROVED, 0 NEEDS_APPROVAL, 0 PROHIBITED), 0 undeclared calls, 0 errors, 0 warnings')

// The report: each use with the ledger record that clears it, and only cleared findings.
def reports = new File(basedir, 'target/genai-compliance')
def report = new JsonSlurper().parse(new File(reports, 'genai-compliance.json'))
assert report.summary == [uses: 4, socialize: 2, approved: 2, needsApproval: 0, prohibited: 0,
    undeclared: 0, errors: 0, warnings: 0, dependencyUses: 0]
assert report.policy.asOf == '2026-06-01'
def uses = report.uses.collectEntries { [it.id, it] }
assert uses.keySet() as List == ['continuity-notes', 'crowd-extension', 'de-aging-pass', 'storyboard-frames']
assert uses.collectEntries { id, use -> [id, use.verdict] } == [
    'continuity-notes': 'SOCIALIZE', 'crowd-extension': 'APPROVED',
    'de-aging-pass': 'APPROVED', 'storyboard-frames': 'SOCIALIZE']
assert uses['continuity-notes'].element == 'com.example.it.ledger.dailies.ContinuityNotes'
assert uses['crowd-extension'].element == 'com.example.it.ledger.vfx.CrowdExtender#extend(java.nio.file.Path,java.nio.file.Path)'
assert uses['crowd-extension'].approval == 'APR-2026-0042'
assert uses['crowd-extension'].findings.collect { "${it.rule} ${it.severity} ${it.attribute}".toString() } == ['GAI104 INFO output']
assert uses['de-aging-pass'].approval == 'APR-2026-0051'
assert uses['de-aging-pass'].consent == 'CON-2026-007'
assert uses['de-aging-pass'].findings.collect { "${it.rule} ${it.severity} ${it.attribute}".toString() } == ['GAI104 INFO output', 'GAI106 INFO consent']
assert uses['storyboard-frames'].findings == []
assert report.undeclared == []

def md = new File(reports, 'genai-compliance.md').getText('UTF-8')
assert md.contains('''| Use | Tool | Output | Verdict | Approval |
|---|---|---|---|---|
| continuity-notes | openai-enterprise | TEMPORARY | 🟢 socialize | – |
| crowd-extension | openai-enterprise (gpt-image-1) | FINAL_DELIVERABLE | 🔵 approved | APR-2026-0042 |
| de-aging-pass | openai-enterprise | FINAL_DELIVERABLE | 🔵 approved | APR-2026-0051 |
| storyboard-frames | openai-enterprise (gpt-image-1) | TEMPORARY | 🟢 socialize | – |
''')
return true
