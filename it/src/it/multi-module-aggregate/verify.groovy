import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()

assert lines.count { it == '[INFO] BUILD SUCCESS' } == 3
assert lines.contains('[INFO] Skipping GenAI guidelines in studio-reactor: its packaging is pom, so it has no compiled classes (report-aggregate covers a whole reactor)')

// 1: bound in the root, deferred to the end of the reactor, written but not attached.
assert lines.count { it == '[INFO] GenAI aggregate report: 2 reactor projects are not built yet, so the report is written to target/genai-compliance when the last one finishes' } == 2
assert lines.contains("[INFO] GenAI aggregate report: written after the last reactor project finished; it is not attached, because the root project was already built. A later build's guidelines.baseline merges the reports the modules attached; to attach the aggregate itself, run mvn install guidelines:report-aggregate.")
// The deferred report comes after both modules were built.
int vfxBuilt = lines.findIndexOf { it.startsWith('[INFO] GenAI compliance report of vfx: ') }
int previsBuilt = lines.findIndexOf { it.startsWith('[INFO] GenAI compliance report of previs: ') }
int aggregated = lines.findIndexOf { it.startsWith('[INFO] GenAI aggregate report of 2 modules: ') }
assert vfxBuilt >= 0 && previsBuilt >= 0 && aggregated > vfxBuilt && aggregated > previsBuilt
assert lines[aggregated] == '[INFO] GenAI aggregate report of 2 modules: 2 uses (1 SOCIALIZE, 1 APPROVED, 0 NEEDS_APPROVAL, 0 PROHIBITED), 0 undeclared calls, 0 errors, 1 warning'
assert lines.contains('[INFO] GenAI aggregate report: target/genai-compliance/genai-compliance.json')

// 2: from the command line it runs once, after every module, and attaches to the root.
assert lines.contains('[INFO] Attached 5 GenAI compliance reports to com.example.it:studio-reactor:pom:1.0 with classifier genai-compliance')
assert !lines.any { it.contains('already attached') }

def report = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.json'))
assert report.project.artifactId == 'studio-reactor'
assert report.policy.source == 'genai-policy.yaml'
assert report.summary.uses == 2
assert report.summary.warnings == 1
// The whole reactor was scanned, so the ledger is judged: the retired approval is stale, and the
// one that covers vfx's crowd-extension is not.
assert report.ledgerFindings*.subject == ['APR-2024-0001']
assert report.ledgerFindings*.rule == ['GAI008']
def stale = "[WARNING] genai-policy.yaml: ${report.ledgerFindings[0].message}".toString()
assert lines.count { it == stale } == 3
assert report.uses*.id == ['crowd-extension', 'storyboard-frames']
assert report.uses*.module == ['vfx', 'previs']
assert report.uses*.verdict == ['APPROVED', 'SOCIALIZE']
// Source paths are relative to the reactor root.
assert report.uses*.sourceFile == ['vfx/src/main/java/com/example/it/vfx/CrowdExtender.java',
    'previs/src/main/java/com/example/it/previs/StoryboardDrafts.java']

// The SDK both modules ship is listed once, with both; each declares a use, so no GAI302.
def api = [groupId: 'com.theokanning.openai-gpt3-java', artifactId: 'api', version: '0.18.2',
    vendor: 'OpenAI (community openai-gpt3-java)', declaresUses: false]
assert report.dependencies == [api + [modules: ['previs', 'vfx'], findings: []]]
def html = new File(basedir, 'target/genai-compliance/genai-compliance.html').text
assert html.contains('<code>com.theokanning.openai-gpt3-java:api:0.18.2</code></th><td>OpenAI (community openai-gpt3-java)</td><td>previs, vfx</td>')
assert new File(basedir, 'target/genai-compliance/genai-compliance.md').text.contains('- com.theokanning.openai-gpt3-java:api:0.18.2 (OpenAI (community openai-gpt3-java)), shipped by previs, vfx\n')
def bom = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.cdx.json'))
assert bom.components*.purl == ['pkg:maven/com.theokanning.openai-gpt3-java/api@0.18.2?type=jar']
assert bom.components[0].properties.findAll { it.name == 'genai-guidelines:shippedBy' }*.value == ['previs', 'vfx']
def sarif = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.sarif'))
assert sarif.runs[0].properties.dependencies*.modules == [['previs', 'vfx']]

// Each module still has its own report, and nothing was written into another project.
['previs', 'vfx'].each { module ->
  def own = new JsonSlurper().parse(new File(basedir, "${module}/target/genai-compliance/genai-compliance.json"))
  assert own.project.artifactId == module
  assert own.uses.size() == 1
  assert own.dependencies == [api + [findings: []]]
}
// 3: -pl !previs leaves previs out, so the ledger is not judged from part of the reactor.
assert lines.contains('[INFO] GenAI aggregate report: unused ledger records (GAI008) are not judged, because previs is not in this build (-pl). A use the ledger covers may be in what is missing; build the whole reactor to judge them.')
def partial = new JsonSlurper().parse(new File(basedir, 'partial/genai-compliance/genai-compliance.json'))
assert partial.uses*.id == ['crowd-extension']
assert partial.ledgerFindings == []
assert partial.summary.warnings == 0
assert partial.dependencies == [api + [modules: ['vfx'], findings: []]]
return true
