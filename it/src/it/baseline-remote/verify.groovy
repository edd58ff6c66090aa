import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2
def path = 'com/example/it/baseline-remote/1.0.0'
def name = 'baseline-remote-1.0.0-genai-compliance.json'

// 1: 1.0.0 was deployed with its report to the release repository, and never installed.
assert lines.contains('[INFO] Skipping artifact installation')
def deployed = new File(basedir, "remote-repo/${path}/${name}")
assert deployed.bytes == new File(basedir, 'v1/target/genai-compliance/genai-compliance.json').bytes
assert new JsonSlurper().parse(deployed).uses*.id == ['episode-recaps', 'subtitle-drafts']

// 2: 1.1.0 did not find it locally and downloaded it from the release repository...
def remoteUrl = "file://${new File(basedir, 'remote-repo').absolutePath}/${path}/${name}"
assert lines.contains("[INFO] Downloading from studio-releases: ${remoteUrl}".toString())
assert lines.any { it.startsWith("[INFO] Downloaded from studio-releases: ${remoteUrl} (") }
def local = new File(localRepositoryPath, path)
assert new File(local, '_remote.repositories').readLines().contains("${name}>studio-releases=".toString())
// (only the report: neither the jar nor the pom of 1.0.0 reached the local repository)
assert local.list().findAll { it.startsWith('baseline-remote-1.0.0.') } == []

// ...and compared itself with exactly that report.
def cached = new File(local, name)
assert cached.bytes == deployed.bytes
assert lines.contains("[INFO] GenAI baseline 1.0.0: 2 uses in ${cached.absolutePath}".toString())
def summary = lines.indexOf('[INFO] GenAI changes since 1.0.0: 1 use added, 1 removed, 1 changed')
assert summary > 0
assert lines.subList(summary + 1, summary + 4) == [
    '[INFO]   added   reading-speed-check (SOCIALIZE)',
    '[INFO]   removed episode-recaps (was SOCIALIZE)',
    '[INFO]   changed subtitle-drafts (model; SOCIALIZE)']

def report = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.json'))
assert report.project.version == '1.1.0'
assert report.changes == [
    baseline: '1.0.0',
    added: ['reading-speed-check'],
    removed: ['episode-recaps'],
    changed: [[id: 'subtitle-drafts', fields: ['model'], verdictBefore: 'SOCIALIZE', verdictAfter: 'SOCIALIZE']]]
return true
