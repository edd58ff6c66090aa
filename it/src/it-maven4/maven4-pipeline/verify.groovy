import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()
// The Maven that ran is Maven 4.
assert lines.any { it.startsWith('Apache Maven 4.0.0-rc-5') }
assert lines.contains('[INFO] BUILD SUCCESS')

// The processor ran and the plugin's goals judged the classes, as under Maven 3.
assert lines.contains('[INFO] [genai] 2 GenAI uses: 1 socialize, 1 approved, 0 needs approval, 0 prohibited')
assert lines.any { it ==~ /\[INFO\] GenAI guidelines: 2 uses in 3 classes of target\/maven4-pipeline-1.0.jar, policy netflix-2025 \(genai-policy.yaml\), as of \d{4}-\d\d-\d\d/ }
assert lines.contains('[INFO]   SOCIALIZE             1')
assert lines.contains('[INFO]   APPROVED              1')
assert lines.contains('[INFO] Attached 5 GenAI compliance reports to com.example.it:maven4-pipeline:jar:1.0 with classifier genai-compliance')
def report = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.json'))
assert report.uses*.id == ['crowd-extension', 'storyboard-frames']
assert report.uses*.verdict == ['APPROVED', 'SOCIALIZE']

// The help goal answers through the prefix.
assert lines.any { it.startsWith('[INFO] --- guidelines:') && it.endsWith(':help (default-cli) @ maven4-pipeline ---') }
assert lines.contains('guidelines:site-report')

// Maven 4 validates every plugin it loads: nothing about this plugin, and no validation report.
assert !lines.any { it.toLowerCase().contains('plugin validation') }
def warnings = lines.findAll { it.startsWith('[WARNING]') }
assert !warnings.any { it.contains('guidelines') || it.contains('genai') } : warnings.join('\n')
return true
