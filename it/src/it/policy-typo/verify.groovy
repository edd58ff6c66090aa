def lines = new File(basedir, 'build.log').text.readLines()
def policy = new File(basedir, 'genai-policy.yaml').absolutePath
def typo = "${policy}:6:5: unknown key 'trainsOnInput' in tool 'studio-gen'; expected one of: id, vendor, enterpriseSecured, trainsOnInputs, retainsInputs, agreement (did you mean 'trainsOnInputs'?)"

// The log of each invocation on its own.
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }.collect { it as int }
assert starts.size() == 2
def processorRun = lines.subList(starts[0], starts[1])
def pluginRun = lines.subList(starts[1], lines.size())

// 1: the processor's one error names the file, line 6, column 5, the key and the keys it takes;
// Maven repeats it in the failure summary. The use is not judged on a policy it cannot read.
assert processorRun.findAll { it.startsWith('[ERROR] /') } == ["[ERROR] ${typo}".toString()] * 2
assert processorRun.contains('[INFO] 1 error')
assert processorRun.any { it.startsWith('[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:') && it.endsWith(':compile (default-compile) on project policy-typo: Compilation failure') }
assert !processorRun.any { it.contains('[GAI') || it.contains('[genai]') }

// 2: without the processor, the report goal stops the build on the same error.
assert pluginRun.count { it.startsWith('[ERROR] Failed to execute goal') } == 1
assert pluginRun.any { it.startsWith('[ERROR] Failed to execute goal dev.genaiguidelines:guidelines-maven-plugin:') && it.endsWith(":report (genai-report) on project policy-typo: Invalid GenAI policy ${typo} -> [Help 1]") }
assert !new File(basedir, 'target/genai-compliance').exists()

// Both failed as a user reads them: no stack trace, no exception class.
assert lines.count { it == '[INFO] BUILD FAILURE' } == 2
assert !lines.any { it =~ /^\s+at [\w.$]+\(/ || it.contains('Exception:') || it.startsWith('Caused by') }
return true
