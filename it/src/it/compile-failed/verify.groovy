def log = new File(basedir, 'build.log').text
// The two builds' logs, split where the second starts.
def builds = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert builds.size() == 2
def first = builds[0].readLines()
def second = builds[1].readLines()

// 1: FrameRate.java is excluded, so its missing class is no sign of a failed compile.
assert first.contains('[INFO] Compiling 1 source file with javac [debug release 17] to build-a/classes')
assert first.any { it ==~ /\[INFO\] GenAI guidelines: 1 use in 2 classes of build-a\/compile-failed-1.0.jar, .+/ }
assert first.contains('[INFO] BUILD SUCCESS')
assert !first.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }

// 2: the compile fails, failOnError=false goes on; report warns, check fails instead of saying
// "nothing to check".
def source = new File(basedir, 'src/main/java/com/example/it/previs/FrameRate.java').absolutePath
assert second.contains("[ERROR] ${source}:[6,16] incompatible types: java.lang.String cannot be converted to int".toString())
def why = 'No class in build-b/classes although the project has 2 Java sources: the compile failed or did not run (is maven.compiler.failOnError false?), so there is nothing the GenAI guidelines could be checked on. Fix the compile errors, then run mvn verify.'
assert second.contains("[WARNING] ${why} The GenAI compliance reports of compile-failed list only what was compiled.".toString())
assert second.contains("[ERROR] Failed to execute goal dev.genaiguidelines:guidelines-maven-plugin:0.1.0-SNAPSHOT:check (genai-check) on project compile-failed: ${why} -> [Help 1]".toString())
assert !second.any { it.contains('nothing to check') }
assert second.contains('[INFO] BUILD FAILURE')
return true
