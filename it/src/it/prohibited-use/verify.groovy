import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// Both invocations failed, each on the prohibition.
assert lines.count { it == '[INFO] BUILD FAILURE' } == 2
assert lines.any { it.contains("[GAI105] use 'voice-clone': creates SYNTHETIC_VOICE without a performer consent") }
assert lines.any { it.contains("[GAI102] use 'voice-clone': tool 'free-voice' trains on and retains inputs or outputs") }

// The first invocation (processor on annotationProcessorPaths) stopped the compile, pointing at
// the annotation values at fault.
assert lines.any { it.startsWith('[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:') && it.contains(':compile (default-compile) on project prohibited-use: Compilation failure') }
assert lines.any { it ==~ /\[ERROR\] .*\/src\/main\/java\/com\/example\/it\/dub\/VoiceDouble.java:\[14,\d+\] \[GAI105\] use 'voice-clone': .*/ }

// The second invocation (no processor) reached the plugin: check names the file and line, and
// the report written before it shows the verdict.
assert lines.contains("[ERROR] src/main/java/com/example/it/dub/VoiceDouble.java:16: [GAI102] use 'voice-clone': tool 'free-voice' trains on and retains inputs or outputs (registry of genai-policy.yaml) (Netflix GenAI guidance, principle 2: tools must not store, reuse or train on production inputs or outputs). Fix: use a registered tool that neither trains on nor retains inputs; no approval can clear this.")
assert lines.any { it.startsWith("[ERROR] src/main/java/com/example/it/dub/VoiceDouble.java:16: [GAI105] use 'voice-clone': creates SYNTHETIC_VOICE without a performer consent") }
assert lines.any { it.contains('GenAI guidelines check failed: 1 PROHIBITED use. Each is listed above with its file, line and fix.') }

def report = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.json'))
assert report.summary.prohibited == 1
assert report.uses.size() == 1
assert report.uses[0].verdict == 'PROHIBITED'
assert report.uses[0].findings*.rule.containsAll(['GAI102', 'GAI103', 'GAI105'])
return true
