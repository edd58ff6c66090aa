import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()

assert lines.contains('[INFO]   SOCIALIZE             1')
assert lines.contains('[INFO]   APPROVED              1')
assert lines.contains('[INFO]   NEEDS_APPROVAL        0')
assert lines.contains('[INFO]   PROHIBITED            0')
assert lines.contains('[INFO]   undeclared calls      0')
assert lines.contains('[INFO]   errors                0')
assert lines.contains('[INFO] GenAI compliance report: target/genai-compliance/genai-compliance.json')
// The processor may add generated classes, so the class count is not fixed here.
assert lines.any { it ==~ /\[INFO\] GenAI guidelines: 2 uses in \d+ classes of target\/clean-pipeline-1.0.jar, policy netflix-2025 \(genai-policy.yaml\), as of \d{4}-\d\d-\d\d/ }
assert lines.contains('[INFO] BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.json'))
assert report.schemaVersion == 1
assert report.project.groupId == 'com.example.it'
assert report.project.artifactId == 'clean-pipeline'
assert report.project.version == '1.0'
assert report.policy.name == 'netflix-2025'
assert report.policy.source == 'genai-policy.yaml'
assert report.summary.uses == 2
assert report.summary.socialize == 1
assert report.summary.approved == 1
assert report.summary.errors == 0
assert report.uses*.id == ['crowd-extension', 'storyboard-frames']
assert report.uses[0].element == 'com.example.it.vfx.CrowdExtender'
assert report.uses[0].verdict == 'APPROVED'
assert report.uses[0].approval == 'APR-2025-0042'
assert report.uses[1].element == 'com.example.it.previs.StoryboardDrafts#draft(java.lang.String)'
assert report.uses[1].verdict == 'SOCIALIZE'
// Source paths are relative to the project, never absolute.
assert report.uses[0].sourceFile == 'src/main/java/com/example/it/vfx/CrowdExtender.java'
assert report.uses[0].line == 13
assert report.uses[1].sourceFile == 'src/main/java/com/example/it/previs/StoryboardDrafts.java'
assert report.uses[1].line == 15
assert report.undeclared == []

// install published every attached report beside the jar.
def repoDir = new File(localRepositoryPath, 'com/example/it/clean-pipeline/1.0')
['json', 'html', 'sarif', 'cdx.json', 'md'].each { ext ->
  def published = new File(repoDir, "clean-pipeline-1.0-genai-compliance.${ext}")
  assert published.isFile() : "not installed: ${published}"
  assert published.bytes == new File(basedir, "target/genai-compliance/genai-compliance.${ext}").bytes
}
assert new File(repoDir, 'clean-pipeline-1.0.jar').isFile()
return true
