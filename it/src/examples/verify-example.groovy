// Checks the examples cloned into it/target/examples, built together by their aggregator: the
// pipeline passed check, judged by the studio policy artifact, and wrote every report.
// Invoker binds basedir to this script's directory (it/src/examples), not to the examples', so
// they are found from here.
import groovy.json.JsonSlurper

def examples = new File(basedir, '../../target/examples').canonicalFile
def log = new File(examples, 'build.log')
assert log.isFile() : "the examples were not built in ${examples}"
def built = [new File(examples, 'studio-pipeline')]

built.each { example ->
  def lines = log.text.readLines()
  assert lines.contains('[INFO] BUILD SUCCESS') : "the examples did not build"
  assert lines.contains('[INFO]   errors                0')
  assert lines.contains('[INFO]   warnings              0')
  assert lines.contains('[INFO]   undeclared calls      0')

  ['json', 'html', 'sarif', 'cdx.json', 'md'].each { ext ->
    assert new File(example, "target/genai-compliance/genai-compliance.${ext}").isFile()
  }
  def report = new JsonSlurper().parse(new File(example, 'target/genai-compliance/genai-compliance.json'))
  assert report.summary.needsApproval == 0
  assert report.summary.prohibited == 0
  assert report.uses.size() > 0
  // Judged by the studio's published policy, every approval and consent signed by its approver.
  assert report.policy.origin == 'com.example.studio:studio-genai-policy:1.0.0'
  assert report.ledger*.id == ['APR-2025-0042', 'APR-2025-0057', 'CON-2025-007']
  assert report.ledger.every { it.signedBy.startsWith('SHA256:') }
}

// The README shows the example's check summary: it must be what the build prints (the as-of day
// aside, which is the day of the build).
def pipeline = built.find { it.name == 'studio-pipeline' }
assert pipeline != null : "examples/studio-pipeline was not built"
def summaryOf = { List<String> lines ->
  int start = lines.findIndexOf { it.startsWith('[INFO] GenAI guidelines: ') }
  assert start >= 0 : "no check summary in ${lines}"
  lines.subList(start, start + 8).collect { it.replaceAll(/as of \d{4}-\d{2}-\d{2}/, 'as of DAY') }
}
def readme = new File(basedir, '../../../README.md').text.readLines()
def logged = log.text.readLines()
assert summaryOf(readme) == summaryOf(logged) :
    "README.md's summary of the example differs from the build's:\n${summaryOf(logged).join('\n')}"
return true
