import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()
def repo = new File(localRepositoryPath, 'com/example/publish')
def published = { artifactId, version ->
  new File(repo, "${artifactId}/${version}/${artifactId}-${version}-genai-compliance.json")
}

// 1: 1.0.0 published each module's report, but not the root-bound aggregate.
assert published('previs', '1.0.0').isFile()
assert published('vfx', '1.0.0').isFile()
assert !published('studio-publish', '1.0.0').exists()

// 2: the baseline is merged from the modules' reports, keyed by module.
assert lines.count { it == "[INFO] GenAI baseline 1.0.0: com.example.publish:studio-publish published no aggregate report with 1.0.0, so the baseline is merged from the modules' own reports of 1.0.0: previs (1 use), vfx (2 uses)" } == 2
def summary = lines.indexOf('[INFO] GenAI changes since 1.0.0: 1 use added, 1 removed, 1 changed')
assert summary > 0
def report = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.json'))
assert report.project.version == '1.1.0'
assert report.changes == [
    baseline: '1.0.0',
    added: ['vfx/key-art-concepts'],
    removed: ['vfx/matte-cleanup'],
    changed: [[id: 'crowd-extension', module: 'vfx', key: 'vfx/crowd-extension', fields: ['model'],
               verdictBefore: 'APPROVED', verdictAfter: 'APPROVED']]]

// 3: the deferred aggregate fails the build, after the reactor summary, with one clear message.
assert lines.count { it == '[INFO] BUILD FAILURE' } == 1
assert lines.contains("[ERROR] GenAI use 'vfx/key-art-concepts' is new since 1.0.0, with verdict APPROVED")
assert lines.contains("[ERROR] GenAI use 'vfx/crowd-extension' changed since 1.0.0 (model), with verdict APPROVED")
def failure = '[ERROR] GenAI aggregate report of studio-publish, written after the last reactor project finished: GenAI guidelines: 2 uses are new or changed since 1.0.0 with a verdict of APPROVED, NEEDS_APPROVAL or PROHIBITED (listed above), and guidelines.failOnNewEscalation is true. Have each reviewed for this release, then build without guidelines.failOnNewEscalation. -> [Help 1]'
int failed = lines.indexOf('[INFO] BUILD FAILURE')
assert lines.indexOf(failure) > failed
assert !lines.any { it.startsWith('\tat ') || it.contains('Exception: GenAI') }
def gate = new JsonSlurper().parse(new File(basedir, 'gate/genai-compliance/genai-compliance.json'))
assert gate.changes.added == ['vfx/key-art-concepts']

// 4: after install on the command line, the aggregate is installed beside the root's pom.
assert lines.contains('[INFO] GenAI aggregate report: installed 5 reports of com.example.publish:studio-publish:pom:1.1.0 into the local repository, because Maven installed the root before this goal attached them')
def installed = published('studio-publish', '1.1.0')
assert installed.bytes == new File(basedir, 'cli/genai-compliance/genai-compliance.json').bytes
assert !lines.any { it.contains('already attached') }

// 5: a later build finds the root's own aggregate first.
assert lines.contains("[INFO] GenAI baseline 1.1.0: 3 uses in ${installed.absolutePath}".toString())
assert lines.contains('[INFO] GenAI changes since 1.1.0: no use was added, removed or changed')
def self = new JsonSlurper().parse(new File(basedir, 'self/genai-compliance/genai-compliance.json'))
assert self.changes == [baseline: '1.1.0', added: [], removed: [], changed: []]
return true
