import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2
// The second build really ran the Eclipse compiler, with the processor and no -A option.
def ecj = lines.indexOf('[INFO] Compiling with eclipse [debug release 17] to build-ecj/classes')
assert ecj > lines.indexOf('[INFO] Compiling 2 source files with javac [debug release 17] to build-javac/classes')
assert lines[ecj + 1] == '[INFO] Unknown source: [genai] 2 GenAI uses: 1 socialize, 1 approved, 0 needs approval, 0 prohibited'
// The processor found genai-policy.yaml under both compilers: no hint, no warning, no GAI101.
assert !lines.any { it.contains('no genai-policy.yaml found') || it.contains('GAI101') }
assert !lines.any { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }
// Nothing the processor used to find its module is left in the class output.
['build-javac', 'build-ecj'].each { dir ->
  assert !new File(basedir, "${dir}/classes/genai-guidelines.probe").exists()
  assert new File(basedir, "${dir}/classes/META-INF/services/dev.genaiguidelines.annotations.GenAiCatalog\$Provider").isFile()
  // Two classes and the catalog provider of their module (one, whatever their packages).
  assert lines.any { it ==~ /\[INFO\] GenAI guidelines: 2 uses in 3 classes of ${dir}\/ecj-compiler-1.0.jar, policy netflix-2025 \(genai-policy.yaml\), as of \d{4}-\d\d-\d\d/ }
}

def javac = new JsonSlurper().parse(new File(basedir, 'build-javac/genai-compliance/genai-compliance.json'))
def eclipse = new JsonSlurper().parse(new File(basedir, 'build-ecj/genai-compliance/genai-compliance.json'))
assert javac.uses*.id == ['crowd-extension', 'storyboard-frames']
assert javac.uses*.verdict == ['APPROVED', 'SOCIALIZE']
assert javac.uses*.line == [13, 15]
assert javac.summary.uses == 2 && javac.summary.errors == 0 && javac.summary.warnings == 0
// The same uses, elements, lines, verdicts and findings; the same summary and policy.
assert eclipse.uses == javac.uses
assert eclipse.summary == javac.summary
assert eclipse.undeclared == javac.undeclared
assert eclipse.policy == javac.policy
return true
