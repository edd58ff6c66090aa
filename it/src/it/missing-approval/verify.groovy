import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()

assert lines.contains('[INFO]   NEEDS_APPROVAL        1')
assert lines.contains('[INFO]   errors                1')
assert lines.contains("[ERROR] src/main/java/com/example/it/vfx/CrowdExtender.java:16: [GAI104] use 'crowd-extension': output is FINAL_DELIVERABLE (Netflix GenAI guidance, principle 4: generated material is temporary, not part of the final deliverables). Fix: get written approval and name it with approval = \"...\", or keep the output TEMPORARY.")
assert lines.any { it.startsWith('[ERROR] Failed to execute goal dev.genaiguidelines:guidelines-maven-plugin:') && it.contains(':check (genai-check) on project missing-approval: GenAI guidelines check failed: 1 use NEEDS_APPROVAL. Each is listed above with its file, line and fix.') }
assert lines.contains('[INFO] BUILD FAILURE')

// report runs in package, before check: the failing build still leaves its report.
def report = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.json'))
assert report.summary.needsApproval == 1
assert report.uses[0].id == 'crowd-extension'
assert report.uses[0].verdict == 'NEEDS_APPROVAL'
assert report.uses[0].findings.find { it.rule == 'GAI104' }.severity == 'ERROR'
return true
