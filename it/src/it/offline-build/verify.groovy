import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }.collect { it as int }
assert starts.size() == 2
def online = lines.subList(starts[0], starts[1])
def offline = lines.subList(starts[1], lines.size())
assert online.contains('[INFO] BUILD SUCCESS')

// 2: Maven was offline: the baseline could not be looked for anywhere but the local repository,
// and nothing was downloaded.
def warning = offline.find { it.startsWith('[WARNING] No GenAI baseline report for version 0.9.0: ') }
assert warning != null
assert warning.contains(', and Maven is offline (-o), so no remote repository was asked. ')
assert warning.contains(' build once online to download it,')
assert warning.contains('Cannot access local.central (') && warning.contains(') in offline mode')
assert !offline.any { it.startsWith('[INFO] Downloading from') || it.startsWith('[INFO] Downloaded from') }
assert offline.count { it.startsWith('[WARNING]') } == 1
assert !offline.any { it.startsWith('[ERROR]') }

// ...and still cleaned, compiled with the processor, reported and checked.
assert offline.contains("[INFO] Deleting ${new File(basedir, 'target').absolutePath}".toString())
assert offline.contains('[INFO] [genai] 1 GenAI use: 1 socialize, 0 approved, 0 needs approval, 0 prohibited')
assert offline.contains('[INFO] GenAI compliance report of offline-build: 1 use (1 SOCIALIZE, 0 APPROVED, 0 NEEDS_APPROVAL, 0 PROHIBITED), 0 undeclared calls, 0 errors, 0 warnings')
assert offline.contains('[INFO] Attached 5 GenAI compliance reports to com.example.it:offline-build:jar:1.0 with classifier genai-compliance')
def check = offline.findIndexOf { it ==~ /\[INFO\] GenAI guidelines: 1 use in \d+ classes of target\/offline-build-1.0.jar, policy netflix-2025 \(genai-policy.yaml\), as of \d{4}-\d\d-\d\d/ }
assert check > 0
assert offline.subList(check + 1, check + 8) == [
    '[INFO]   SOCIALIZE             1',
    '[INFO]   APPROVED              0',
    '[INFO]   NEEDS_APPROVAL        0',
    '[INFO]   PROHIBITED            0',
    '[INFO]   undeclared calls      0',
    '[INFO]   errors                0',
    '[INFO]   warnings              0']
assert offline.contains('[INFO] BUILD SUCCESS')

// The reports the offline build wrote after its clean.
def reports = new File(basedir, 'target/genai-compliance')
['json', 'html', 'sarif', 'cdx.json', 'md'].each { ext ->
  assert new File(reports, "genai-compliance.${ext}").length() > 0
}
def report = new JsonSlurper().parse(new File(reports, 'genai-compliance.json'))
assert report.uses.collect { "${it.id} ${it.element} ${it.verdict}".toString() } == [
    'trailer-taglines com.example.it.marketing SOCIALIZE']
assert report.undeclared == []
assert !report.containsKey('changes')
return true
