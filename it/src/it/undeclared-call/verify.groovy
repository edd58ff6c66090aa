def lines = new File(basedir, 'build.log').text.readLines()

def call = "src/main/java/com/example/it/dub/QuickDub.java:9: [GAI301] call in com.example.it.dub.QuickDub#run(java.lang.String): calls "
// new Client() and complete(...) are two calls into the SDK, on the same line.
assert lines.contains('[ERROR] ' + call + "com.openai.Client#<init>() (marker 'com.openai') with no @GenAiUse covering it (Netflix GenAI guidance, every intended use is shared with the studio, so every use is declared once and well). Fix: declare the use with @GenAiUse on com.example.it.dub.QuickDub#run(java.lang.String), its class or its package.")
assert lines.any { it.startsWith('[ERROR] ' + call + "com.openai.Client#complete(java.lang.String) (marker 'com.openai')") }
assert lines.any { it.contains('GenAI guidelines check failed: 2 undeclared GenAI calls. Each is listed above with its file, line and fix.') }
assert lines.contains('[INFO] BUILD FAILURE')

assert lines.any { it.startsWith('[WARNING] ' + call) }
assert lines.contains('[WARNING] GenAI guidelines: 2 undeclared GenAI calls; not failing the build because guidelines.failOnUndeclared is false.')
assert lines.contains('[INFO] BUILD SUCCESS')
return true
