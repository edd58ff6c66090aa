import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 1
assert lines.count { it == '[INFO] BUILD FAILURE' } == 2
def missing = 'No GenAI baseline report for version 0.9.0: com.example.it:baseline-missing:json:genai-compliance:0.9.0 is not in the local repository ('

// 1: a warning that says what was tried and how to fix it; the reports have no changes.
def warning = lines.find { it.startsWith('[WARNING] ' + missing) }
assert warning != null
assert warning.contains(" nor in local.central (")
assert warning.contains('. Check that 0.9.0 is a released version of this project built with the report goal attaching its reports (the default), build with -U if it was deployed after an earlier build missed it, or set guidelines.baseline to the path of its genai-compliance.json.')
assert warning.endsWith(' Writing the reports without changes since a baseline (set guidelines.failOnMissingBaseline to make this fail the build).')
def report = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.json'))
assert !report.containsKey('changes')
assert !new File(basedir, 'target/genai-compliance/genai-compliance.md').text.contains('Since')

// 2: failOnMissingBaseline turns it into an error before any report is written.
def stopped = lines.find { it.startsWith('[ERROR] Failed to execute goal') && it.contains(missing) }
assert stopped != null
assert stopped.contains(' The build stops because guidelines.failOnMissingBaseline is true.')
assert !new File(basedir, 'strict/genai-compliance').exists()

// 3: a file that is not a schemaVersion 1 report is named, whatever failOnMissingBaseline says.
def corrupt = new File(basedir, 'baselines/not-a-report.json').absolutePath
assert lines.any { it.contains("Invalid GenAI baseline report ${corrupt}: schemaVersion is 2, but this plugin reads schemaVersion 1 reports.") }
assert !new File(basedir, 'corrupt/genai-compliance').exists()
return true
