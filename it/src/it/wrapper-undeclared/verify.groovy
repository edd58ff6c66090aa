import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()

def via = 'com.example.it:aikit:1.0 com.example.aikit.OpenAiAssistant#complete(java.lang.String)'
def gai301 = { int line, String element, String target -> "[ERROR] src/main/java/com/example/it/pipeline/Storyboards.java:${line}: [GAI301] call in ${element}: calls ${target}, which reaches a GenAI call (marker 'com.openai') via ${via} with no @GenAiUse covering it (Netflix GenAI guidance, every intended use is shared with the studio, so every use is declared once and well). Fix: declare the use with @GenAiUse on ${element}, its class or its package.".toString() }
def describe = 'com.example.it.pipeline.Storyboards#describe(com.example.aikit.OpenAiAssistant,java.lang.String)'
def pitch = 'com.example.it.pipeline.Storyboards#pitch(com.example.aikit.Assistant,java.lang.String)'

// 2: the class's method, and the interface whose aikit implementation makes the call.
assert lines.contains(gai301(12, describe, 'com.example.aikit.OpenAiAssistant#ask(java.lang.String)'))
assert lines.contains(gai301(17, pitch, 'com.example.aikit.Assistant#ask(java.lang.String)'))
assert lines.any { it.contains('GenAI guidelines check failed: 2 undeclared GenAI calls.') }
// Neither title (reaches no GenAI) nor the declared use's call of the wrapper is reported.
assert !lines.any { it.contains('[GAI301]') && (it.contains('#title(') || it.contains('DeclaredIdeas')) }
// The module declares a use, so shipping the SDK through aikit is no GAI302.
assert !lines.any { it.contains('[GAI302]') }

def report = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.json'))
assert report.undeclared.collect { [it.element, it.target, it.via, it.marker, it.line] } == [
    [describe, 'com.example.aikit.OpenAiAssistant#ask(java.lang.String)', via, 'com.openai', 12],
    [pitch, 'com.example.aikit.Assistant#ask(java.lang.String)', via, 'com.openai', 17]]
assert report.dependencies == [[groupId: 'com.openai', artifactId: 'openai-java-core',
    version: '4.105.0', vendor: 'OpenAI', declaresUses: false, findings: []]]
// A clean build reads every jar; none of it came from the cache.
assert report.dependencyAnalysis.fromCache == 0
assert report.dependencyAnalysis.analysed > 1
assert new File(basedir, 'target/genai-guidelines/dependency-cache/index.bin').isFile()
def html = new File(basedir, 'target/genai-compliance/genai-compliance.html').text
assert html.contains('<span class="sub">via ' + via + '</span>')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.sarif'))
assert sarif.runs[0].results.findAll { it.ruleId == 'GAI301' }.collect { it.properties.via } == [via, via]
def markdown = new File(basedir, 'target/genai-compliance/genai-compliance.md').text
assert markdown.contains('via ' + via.replace('#', '\\#'))
// The reports legal and production staff read state the counts; nothing came from the cache.
def analysed = report.dependencyAnalysis.analysed
def clean = "${analysed} runtime dependencies analysed in this build, none read from the build's cache.".toString()
assert html.contains('<p>' + clean.replace("'", '&#39;') + '</p>')
assert markdown.contains('\n### GenAI SDKs on the runtime class path\n\n' + clean + '\n\n')
assert !html.contains('not analysed in this build') && !markdown.contains('not analysed in this build')
assert sarif.runs[0].properties.dependencyAnalysis == [analysed: analysed, fromCache: 0]

// 3: the twin calls only aikit methods that reach no GenAI, and passes; 4: built again, every
// dependency's analysis came from the cache, and its report says so.
def quiet = new JsonSlurper().parse(new File(basedir, 'quiet/target/genai-compliance/genai-compliance.json'))
assert quiet.undeclared == []
assert quiet.summary.errors == 0
assert quiet.dependencyAnalysis.analysed == report.dependencyAnalysis.analysed
assert quiet.dependencyAnalysis.fromCache == quiet.dependencyAnalysis.analysed
// ...and its HTML and Markdown open with the note that only a clean build vouches for them.
def cacheNote = "${analysed} of ${analysed} runtime dependencies were not analysed in this build but read from the build's cache (target/genai-guidelines/dependency-cache/), where a forged entry cannot be told from a real one: build a release from a clean checkout (mvn clean verify) for this report to vouch for its dependencies.".toString()
def quietHtml = new File(basedir, 'quiet/target/genai-compliance/genai-compliance.html').text
assert quietHtml.contains('<li>' + cacheNote.replace("'", '&#39;') + '</li>')
assert quietHtml.contains("<p>${analysed} runtime dependencies analysed: 0 in this build, ${analysed} read from the build&#39;s cache (target/genai-guidelines/dependency-cache/).</p>")
def quietMarkdown = new File(basedir, 'quiet/target/genai-compliance/genai-compliance.md').text
assert quietMarkdown.contains('> - ' + cacheNote + '\n')
assert lines.count { it == '[INFO] BUILD SUCCESS' } >= 3
return true
