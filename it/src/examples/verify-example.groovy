// Runs in target/examples/<example>: the example passed check and wrote every report.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()
assert lines.contains('[INFO] BUILD SUCCESS')
assert lines.contains('[INFO]   errors                0')
assert lines.contains('[INFO]   warnings              0')
assert lines.contains('[INFO]   undeclared calls      0')

['json', 'html', 'sarif', 'cdx.json', 'md'].each { ext ->
  assert new File(basedir, "target/genai-compliance/genai-compliance.${ext}").isFile()
}
def report = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.json'))
assert report.summary.needsApproval == 0
assert report.summary.prohibited == 0
assert report.uses.size() > 0
return true
