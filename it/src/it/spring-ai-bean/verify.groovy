import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()
def cite = '(Netflix GenAI guidance, every intended use is shared with the studio, so every use is declared once and well)'

// The calls on the injected beans: GAI301 with the Spring AI marker, on the line of the call.
assert lines.contains("[ERROR] src/main/java/com/example/it/trailer/ShotNotes.java:17: [GAI301] call in com.example.it.trailer.ShotNotes#summary(java.lang.String): calls org.springframework.ai.chat.model.ChatModel#call(java.lang.String) (marker 'org.springframework.ai') with no @GenAiUse covering it ${cite}. Fix: declare the use with @GenAiUse on com.example.it.trailer.ShotNotes#summary(java.lang.String), its class or its package.".toString())
def logline = '[ERROR] src/main/java/com/example/it/trailer/LoglineWriter.java:17: [GAI301] call in com.example.it.trailer.LoglineWriter#logline(java.lang.String): calls '
['org.springframework.ai.chat.client.ChatClient#prompt()',
 'org.springframework.ai.chat.client.ChatClient$ChatClientRequestSpec#user(java.lang.String)',
 'org.springframework.ai.chat.client.ChatClient$ChatClientRequestSpec#call()',
 'org.springframework.ai.chat.client.ChatClient$CallResponseSpec#content()'].each { target ->
  assert lines.any { it.startsWith(logline + target + " (marker 'org.springframework.ai')") } : target
}
// The constructors only store the injected bean: no call there.
assert !lines.any { it.contains('#<init>(org.springframework') }

// The Spring AI jars the module ships, undeclared: GAI302 for each.
def sdks = ['spring-ai-client-chat', 'spring-ai-commons', 'spring-ai-model', 'spring-ai-template-st']
sdks.each { artifact ->
  assert lines.contains("[ERROR] [GAI302] module spring-ai-bean: ships org.springframework.ai:${artifact}:2.0.1 (Spring AI) on its runtime class path but declares no @GenAiUse, and no dependency that brings it declares one ${cite}. Fix: declare how the module uses Spring AI with @GenAiUse, or remove org.springframework.ai:${artifact}:2.0.1 from its dependencies.".toString())
}
assert lines.any { it.contains('GenAI guidelines check failed: 5 undeclared GenAI calls. Each is listed above with its file, line and fix. Also 4 GenAI SDKs shipped by a module that declares no @GenAiUse (GAI302).') }
assert lines.contains('[INFO] BUILD FAILURE')

// report ran before check failed, and says the same in every format.
def dir = new File(basedir, 'target/genai-compliance')
def report = new JsonSlurper().parse(new File(dir, 'genai-compliance.json'))
assert report.summary.undeclared == 5
assert report.summary.errors == 9
assert report.undeclared*.marker.unique() == ['org.springframework.ai']
assert report.dependencies*.artifactId == sdks
assert report.dependencies*.vendor.unique() == ['Spring AI']
assert report.dependencies.every { it.findings*.rule == ['GAI302'] && it.findings*.severity == ['ERROR'] }

def sarif = new JsonSlurper().parse(new File(dir, 'genai-compliance.sarif'))
def results = sarif.runs[0].results
assert results.count { it.ruleId == 'GAI301' } == 5
def onPom = results.findAll { it.ruleId == 'GAI302' }
assert onPom*.properties.dependency == sdks.collect { "org.springframework.ai:${it}:2.0.1".toString() }
assert onPom.every { it.locations[0].physicalLocation.artifactLocation.uri == 'pom.xml' }
assert sarif.runs[0].properties.dependencies*.artifactId == sdks

def md = new File(dir, 'genai-compliance.md').text
assert md.contains('**9 errors fail the build.**')
assert md.contains('- org.springframework.ai:spring-ai-model:2.0.1 (Spring AI), undeclared (**GAI302**)\n')

def html = new File(dir, 'genai-compliance.html').text
assert html.contains('<h2 id="dependencies-title">GenAI SDKs on the runtime class path</h2>')
assert html.contains('<code>org.springframework.ai:spring-ai-model:2.0.1</code></th><td>Spring AI</td><td><ul class="finding-list"><li class="finding sev-error">')

def bom = new JsonSlurper().parse(new File(dir, 'genai-compliance.cdx.json'))
assert bom.components*.name == sdks
assert bom.components.every { c -> c.properties.any { it.name == 'genai-guidelines:findings' && it.value == 'GAI302 ERROR (spring-ai-bean)' } }
return true
