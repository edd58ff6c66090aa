// Checks every example cloned into it/target/examples: it passed check and wrote every report.
// Invoker binds basedir to this script's directory (it/src/examples), not to the example's,
// so the examples are found from here.
import groovy.json.JsonSlurper

def examples = new File(basedir, '../../target/examples').canonicalFile
def built = examples.listFiles().findAll { new File(it, 'build.log').isFile() }
assert !built.isEmpty() : "no example was built in ${examples}"

built.each { example ->
  def lines = new File(example, 'build.log').text.readLines()
  assert lines.contains('[INFO] BUILD SUCCESS') : "${example.name} did not build"
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
def logged = new File(pipeline, 'build.log').text.readLines()
assert summaryOf(readme) == summaryOf(logged) :
    "README.md's summary of the example differs from the build's:\n${summaryOf(logged).join('\n')}"
return true
