def lines = new File(basedir, 'build.log').text.readLines()

assert !lines.any { it.contains('[GAI302]') }
assert lines.contains('[INFO] BUILD SUCCESS')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.json'))
assert report.dependencies == [
    [groupId: 'com.openai', artifactId: 'openai-java-client-okhttp', version: '4.8.0', vendor: 'OpenAI', declaresUses: false, findings: []],
    [groupId: 'com.openai', artifactId: 'openai-java-core', version: '4.8.0', vendor: 'OpenAI', declaresUses: false, findings: []]]
assert report.uses*.id == ['storyboard-frames']
return true
