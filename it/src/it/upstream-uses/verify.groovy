import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()
// 1 (aikit installed), 2 (the pipeline that allows its use), 4, 5 and 6 pass; 3 fails.
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 5
assert lines.count { it == '[INFO] BUILD FAILURE' } == 1
assert new File(basedir, 'aikit/target/aikit-0.3.0.jar').isFile()

def aikit = 'com.example.it:aikit:0.3.0'
def element = 'com.example.it.aikit.MeetingNotes#summarize(java.lang.String)'
def where = 'aikit-0.3.0.jar!/com/example/it/aikit/MeetingNotes.java'

// 2: aikit's use is listed under dependencyUses, judged with the pipeline's policy (SOCIALIZE),
// and counted in the summary; the pipeline's own uses stay empty, and no GAI302 fires, since
// the dependency that brings the OpenAI SDK declares its use.
def report = new JsonSlurper().parse(new File(basedir, 'pipeline/target/genai-compliance/genai-compliance.json'))
assert report.uses == []
assert report.dependencyUses == [[
    id: 'meeting-summary', dependency: aikit, element: element, tool: 'openai-enterprise',
    model: '', purpose: 'Summarises notes typed for the purpose into a short list of action items.',
    output: 'TEMPORARY', inputs: ['NONE'], creates: ['ANALYSIS'], context: 'FICTION',
    unionCoveredWork: false, verdict: 'SOCIALIZE', approval: '', consent: '',
    sourceFile: where, line: 27, findings: []]]
assert report.summary == [uses: 1, socialize: 1, approved: 0, needsApproval: 0, prohibited: 0,
    undeclared: 0, errors: 0, warnings: 0, dependencyUses: 1]
assert report.dependencies == [
    [groupId: 'com.openai', artifactId: 'openai-java-client-okhttp', version: '4.8.0', vendor: 'OpenAI', declaresUses: false, findings: []],
    [groupId: 'com.openai', artifactId: 'openai-java-core', version: '4.8.0', vendor: 'OpenAI', declaresUses: false, findings: []]]
// aikit brings the SDK and declares its use, so no GAI302 although the pipeline declares none.
assert !lines.any { it.contains('[GAI302]') }
assert lines.contains('[INFO] GenAI guidelines: 1 use (1 declared by dependencies) in 1 class of target/pipeline-1.0.jar, policy netflix-2025 (genai-policy.yaml), as of ' + report.policy.asOf)

// Every other format shows it too.
def markdown = new File(basedir, 'pipeline/target/genai-compliance/genai-compliance.md').text
assert markdown.contains('| meeting-summary | com.example.it:aikit:0.3.0 | com.example.it.aikit.MeetingNotes\\#summarize(java.lang.String) | openai-enterprise | TEMPORARY | 🟢 socialize | – |')
def html = new File(basedir, 'pipeline/target/genai-compliance/genai-compliance.html').text
assert html.contains('<span class="dependency">com.example.it:aikit:0.3.0</span>')
def bom = new JsonSlurper().parse(new File(basedir, 'pipeline/target/genai-compliance/genai-compliance.cdx.json'))
def component = bom.components.find { it.purl == 'pkg:maven/com.example.it/aikit@0.3.0?type=jar' }
assert component.properties.find { it.name == 'genai-guidelines:use:meeting-summary:verdict' }.value == 'SOCIALIZE'

// 3: the same dependency under a policy whose registry says the tool retains inputs: PROHIBITED,
// and check fails naming the dependency and its element.
def strict = new JsonSlurper().parse(new File(basedir, 'pipeline-strict/target/genai-compliance/genai-compliance.json'))
assert strict.dependencyUses*.verdict == ['PROHIBITED']
assert strict.dependencyUses[0].findings*.rule == ['GAI102']
assert strict.summary.prohibited == 1 && strict.summary.dependencyUses == 1
def error = lines.find { it.startsWith("[ERROR] ${where}:27: [GAI102] use 'meeting-summary' of dependency ${aikit} (${element}): ") }
assert error != null
assert lines.any { it.contains("GenAI guidelines check failed: 1 PROHIBITED use. Each is listed above with its file, line and fix. Declared by dependencies: use 'meeting-summary' of ${aikit} (${element}) is PROHIBITED: no approval clears a PROHIBITED use; drop or replace the dependency, or have its maintainers change the use.") }
def sarif = new JsonSlurper().parse(new File(basedir, 'pipeline-strict/target/genai-compliance/genai-compliance.sarif'))
def result = sarif.runs[0].results.find { it.properties?.dependency == aikit }
assert result.ruleId == 'GAI102'
assert result.locations[0].physicalLocation.artifactLocation.uri == where
// 4: approval-request takes the use the entry lists from aikit, and binds it to the pipeline.
assert new File(basedir, 'pipeline/target/genai-compliance/approval-requests/APR-2026-0101.txt').text == '''genai-guidelines approval statement v1
project: com.example.it:pipeline
kind: approval
id: APR-2026-0101
approvedBy: Studio Legal
date: 2026-01-10
expires: none
use: meeting-summary
  tool: openai-enterprise
  purpose: Summarises notes typed for the purpose into a short list of action items.
  output: TEMPORARY
  inputs: NONE
  creates: ANALYSIS
  context: FICTION
  unionCoveredWork: false
  model: 
'''
assert !lines.any { it.contains('not declared in com.example.it:pipeline') }

// 5: both pipelines in one reactor. The aggregate lists aikit's use once per pipeline, since
// their policies judge it differently, each as that pipeline's own report does: the strict one's
// PROHIBITED is not hidden behind the other's SOCIALIZE.
def aggregate = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.json'))
assert aggregate.uses == []
assert aggregate.dependencyUses*.dependency == [aikit, aikit]
assert aggregate.dependencyUses*.element == [element, element]
assert aggregate.dependencyUses*.sourceFile == [where, where]
assert aggregate.dependencyUses*.verdict == ['SOCIALIZE', 'PROHIBITED']
assert aggregate.dependencyUses[0].findings == []
assert aggregate.dependencyUses[1].findings*.rule.contains('GAI102')
assert aggregate.summary.dependencyUses == 2 && aggregate.summary.prohibited == 1 && aggregate.summary.socialize == 1
assert aggregate.modulePolicies*.module == ['pipeline', 'pipeline-strict']
// APR-2026-0101, in pipeline's ledger, lists only aikit's use: used, so not stale (GAI008).
assert aggregate.ledgerFindings == []
assert !lines.any { it.contains('[GAI008]') }
def aggregateMarkdown = new File(basedir, 'target/genai-compliance/genai-compliance.md').text
assert aggregateMarkdown.contains('| meeting-summary | com.example.it:aikit:0.3.0 | com.example.it.aikit.MeetingNotes\\#summarize(java.lang.String) | openai-enterprise | TEMPORARY | 🟢 socialize | – |')
assert aggregateMarkdown.contains('| meeting-summary | com.example.it:aikit:0.3.0 | com.example.it.aikit.MeetingNotes\\#summarize(java.lang.String) | openai-enterprise | TEMPORARY | 🔴 **prohibited** | – |')
def aggregateHtml = new File(basedir, 'target/genai-compliance/genai-compliance.html').text
assert aggregateHtml.count('<span class="dependency">com.example.it:aikit:0.3.0</span>') == 2
def aggregateSarif = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.sarif'))
assert aggregateSarif.runs[0].results.find { it.properties?.dependency == aikit && it.ruleId == 'GAI102' }
def aggregateBom = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.cdx.json'))
def aikitComponent = aggregateBom.components.find { it.purl == 'pkg:maven/com.example.it/aikit@0.3.0?type=jar' }
// CycloneDX sorts a component's properties by name and value: both verdicts, each once.
assert aikitComponent.properties.findAll { it.name == 'genai-guidelines:use:meeting-summary:verdict' }*.value == ['PROHIBITED', 'SOCIALIZE']

// 6: aikit is a module of the reactor the pipeline is built in: its use is the reactor's own,
// judged with aikit's policy, and not listed again as the pipeline's dependency's.
def withAikit = new JsonSlurper().parse(new File(basedir, 'target/aggregate-with-aikit/genai-compliance.json'))
assert withAikit.uses*.id == ['meeting-summary']
assert withAikit.uses*.module == ['aikit']
assert withAikit.dependencyUses == []
assert withAikit.summary.uses == 1 && withAikit.summary.dependencyUses == 0
// aikit binds neither report nor check, so its class path was never resolved: a record only a
// use of its dependencies names could look stale, so GAI008 is not judged, and the log says why.
assert lines.contains('[INFO] GenAI aggregate report: unused ledger records (GAI008) are not judged, because the dependencies of aikit were not resolved, so the uses they declare were not read. A use the ledger covers may be in what is missing; build the whole reactor to judge them.')
assert withAikit.ledgerFindings == []
// The pipeline's own report, built in the same run, still lists it: there it is a dependency.
def pipelineAlone = new JsonSlurper().parse(new File(basedir, 'pipeline/target/genai-compliance/genai-compliance.json'))
assert pipelineAlone.dependencyUses*.dependency == [aikit]
return true
