import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2
assert lines.count { it == '[INFO] BUILD FAILURE' } == 1

// 1: install published release 1.0.0's JSON report into the integration tests' local repository.
def published = new File(localRepositoryPath,
    'com/example/it/baseline-release/1.0.0/baseline-release-1.0.0-genai-compliance.json')
assert published.isFile()
assert new JsonSlurper().parse(published).uses*.id == ['crowd-extension', 'dailies-tagging', 'storyboard-frames']

// 2: 1.1.0 resolved exactly that file as its baseline.
assert lines.count { it == "[INFO] GenAI baseline 1.0.0: 3 uses in ${published.absolutePath}" } == 2
def summary = lines.indexOf('[INFO] GenAI changes since 1.0.0: 1 use added, 1 removed, 1 changed')
assert summary > 0
assert lines.subList(summary + 1, summary + 4) == [
    '[INFO]   added   key-art-concepts (APPROVED)',
    '[INFO]   removed dailies-tagging (was SOCIALIZE)',
    '[INFO]   changed crowd-extension (model; APPROVED)']

def reports = new File(basedir, 'target/genai-compliance')
def report = new JsonSlurper().parse(new File(reports, 'genai-compliance.json'))
assert report.project.version == '1.1.0'
assert report.changes == [
    baseline: '1.0.0',
    added: ['key-art-concepts'],
    removed: ['dailies-tagging'],
    changed: [[id: 'crowd-extension', fields: ['model'], verdictBefore: 'APPROVED', verdictAfter: 'APPROVED']]]

// The human reports open with the section release notes paste.
def md = new File(reports, 'genai-compliance.md').getText('UTF-8')
assert md.contains('''### Since 1.0.0

1 use added, 1 removed, 1 changed since 1.0.0.

| Change | Use | What changed | Verdict |
|---|---|---|---|
| Added | key-art-concepts | uses studio-gen | 🔵 approved |
| Removed | dailies-tagging | used studio-gen | was 🟢 socialize |
| Changed | crowd-extension | model: gen-3 → gen-4 | 🔵 approved |
''')
assert md.indexOf('### Since 1.0.0') < md.indexOf('**No finding fails the build.**')
def html = new File(reports, 'genai-compliance.html').getText('UTF-8')
assert html.contains('</section>\n<section id="changes" aria-labelledby="changes-title">\n<h2 id="changes-title">Since 1.0.0</h2>')
assert html.contains('<dt>model</dt><dd><code>gen-3</code> <span class="arrow">&#x2192;</span> <code>gen-4</code></dd>')
assert html.indexOf('id="changes"') < html.indexOf('class="status ')

// SARIF: every result of a use says whether the use is new or updated since 1.0.0.
def run = new JsonSlurper().parse(new File(reports, 'genai-compliance.sarif')).runs[0]
assert run['properties'].baseline == '1.0.0'
assert run.results.collect { "${it['properties'].useId} ${it.ruleId} ${it.baselineState}".toString() } == [
    'crowd-extension GAI104 updated', 'key-art-concepts GAI110 new']

// 3: as a release gate, the new and the changed escalated use fail the build once reported.
assert lines.contains("[ERROR] GenAI use 'crowd-extension' changed since 1.0.0 (model), with verdict APPROVED")
assert lines.contains("[ERROR] GenAI use 'key-art-concepts' is new since 1.0.0, with verdict APPROVED")
assert lines.any { it.contains('GenAI guidelines: 2 uses are new or changed since 1.0.0 with a verdict of APPROVED, NEEDS_APPROVAL or PROHIBITED (listed above), and guidelines.failOnNewEscalation is true.') }
def gate = new JsonSlurper().parse(new File(basedir, 'gate/genai-compliance/genai-compliance.json'))
assert gate.changes.added == ['key-art-concepts']
return true
