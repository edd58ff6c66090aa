def log = new File(basedir, 'build.log').text
// The two builds' logs, split where the second starts.
def builds = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert builds.size() == 2
def first = builds[0].readLines()
def second = builds[1].readLines()

// 1: the processor ran; check passes without a word about the catalog.
assert first.contains('[INFO] [genai] 2 GenAI uses: 1 socialize, 1 approved, 0 needs approval, 0 prohibited')
assert first.contains('[INFO] BUILD SUCCESS')
assert !first.any { it.contains('catalog') || it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }
assert new File(basedir, 'build-a/classes/META-INF/services/dev.genaiguidelines.annotations.GenAiCatalog$Provider').isFile()

// 2: no processor ran, so there is no catalog; the uses are still judged, then check fails
// saying where the processor goes, with the XML to paste.
assert !second.any { it.contains('[genai]') }
assert !new File(basedir, 'build-b/classes/META-INF/services').exists()
assert second.any { it ==~ /\[INFO\] GenAI guidelines: 2 uses in 2 classes of build-b\/processor-not-run-1.0.jar, .+/ }
def errors = second.findAll { it.startsWith('[ERROR]') }
assert errors.take(16) == [
    '[ERROR] The classes in build-b/processor-not-run-1.0.jar declare 2 @GenAiUse declarations but hold no GenAI catalog (no META-INF/services/dev.genaiguidelines.annotations.GenAiCatalog$Provider): guidelines-processor did not run when they were compiled, so nothing was checked at compile time and GenAiCatalog.load() will find none of these uses at run time.',
    "[ERROR] Put it on maven-compiler-plugin's annotationProcessorPaths (a <dependency> is not enough: javac 23 and later run no processor found on the class path), remove <proc>none</proc> or -proc:none, and rebuild with mvn clean verify:",
    '[ERROR] <plugin>',
    '[ERROR]   <groupId>org.apache.maven.plugins</groupId>',
    '[ERROR]   <artifactId>maven-compiler-plugin</artifactId>',
    '[ERROR]   <configuration>',
    '[ERROR]     <annotationProcessorPaths>',
    '[ERROR]       <path>',
    '[ERROR]         <groupId>dev.genaiguidelines</groupId>',
    '[ERROR]         <artifactId>guidelines-processor</artifactId>',
    '[ERROR]         <version>0.1.0-SNAPSHOT</version>',
    '[ERROR]       </path>',
    '[ERROR]     </annotationProcessorPaths>',
    '[ERROR]   </configuration>',
    '[ERROR] </plugin>',
    '[ERROR] Classes compiled without the processor on purpose: set guidelines.failOnMissingCatalog to false.']
assert errors[16] == '[ERROR] Failed to execute goal dev.genaiguidelines:guidelines-maven-plugin:0.1.0-SNAPSHOT:check (genai-check) on project processor-not-run: The classes in build-b/processor-not-run-1.0.jar declare 2 @GenAiUse declarations but hold no GenAI catalog (no META-INF/services/dev.genaiguidelines.annotations.GenAiCatalog$Provider): guidelines-processor did not run when they were compiled, so nothing was checked at compile time and GenAiCatalog.load() will find none of these uses at run time. Put guidelines-processor on annotationProcessorPaths as shown above. -> [Help 1]'
assert second.contains('[INFO] BUILD FAILURE')
return true
