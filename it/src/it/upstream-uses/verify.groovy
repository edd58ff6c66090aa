import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()
// 1 (aikit installed), 2 (the pipeline that allows its use) and 4 pass; 3 fails.
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 3
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
return true
