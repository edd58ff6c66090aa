import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()

// The same calls on injected beans, declared: no GAI301, and the module declares uses, so no GAI302.
assert !lines.any { it.contains('[GAI301]') || it.contains('[GAI302]') }
assert lines.contains('[INFO] BUILD SUCCESS')

def dir = new File(basedir, 'target/genai-compliance')
def report = new JsonSlurper().parse(new File(dir, 'genai-compliance.json'))
assert report.uses*.id == ['shot-note-summaries', 'trailer-loglines']
assert report.uses*.verdict == ['SOCIALIZE', 'SOCIALIZE']
assert report.undeclared == []
assert report.summary.errors == 0
assert report.dependencies*.artifactId == ['spring-ai-client-chat', 'spring-ai-commons', 'spring-ai-model', 'spring-ai-template-st']
assert report.dependencies.every { it.findings == [] }
assert new JsonSlurper().parse(new File(dir, 'genai-compliance.sarif')).runs[0].results.every { it.ruleId != 'GAI302' }
assert new File(dir, 'genai-compliance.md').text.contains('- org.springframework.ai:spring-ai-model:2.0.1 (Spring AI)\n')
return true
