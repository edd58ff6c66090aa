import groovy.json.JsonSlurper

// The four builds, each from the extension's first line.
def all = new File(basedir, 'build.log').text.readLines().findAll { !it.contains('Download') }
def starts = all.findIndexValues { it.startsWith('[INFO] Loading cache configuration from ') }
assert starts.size() == 4
def runs = (0..3).collect { i -> all.subList(starts[i] as int, i < 3 ? starts[i + 1] as int : all.size()) }
// The project's checksum as the first build computed it (it covers the plugin's and the
// processor's jars, so it changes with every build of them); every later build must find it.
def notFound = runs[0].find { it.startsWith('[INFO] Local build was not found by checksum ') }
assert notFound != null
def checksum = (notFound =~ /checksum ([0-9a-f]{64}) for com\.example\.it:build-cache$/)[0][1]
def cached = ['resources:resources', 'compiler:compile', 'resources:testResources',
    'compiler:testCompile', 'surefire:test', 'jar:jar'].collect { "[INFO] Skipping plugin execution (cached): ${it}".toString() }
def forced = ['[INFO] Mojo execution is forced by project property: guidelines:report',
    '[INFO] Mojo execution is forced by project property: guidelines:check']
def restoredJar = '[INFO] GenAI guidelines: no target/classes beside target/build-cache-1.0.jar (restored from a build cache?): the jar is judged as it ships; whether every source compiled is not checked'
def summary = { String policy, String asOf, List counts ->
  ["[INFO] GenAI guidelines: 1 use in 2 classes of target/build-cache-1.0.jar, policy netflix-2025 (${policy}), as of ${asOf}".toString()] +
      ['SOCIALIZE             ', 'APPROVED              ', 'NEEDS_APPROVAL        ', 'PROHIBITED            ',
       'undeclared calls      ', 'errors                ', 'warnings              ']
          .withIndex().collect { label, i -> "[INFO]   ${label}${counts[i]}".toString() }
}
def today = java.time.LocalDate.now().toString()

// 1: no cached build; compiled, judged, saved.
def one = runs[0]
assert one.contains("[INFO] Local build was not found by checksum ${checksum} for com.example.it:build-cache".toString())
assert one.contains('[INFO] [genai] 1 GenAI use: 0 socialize, 1 approved, 0 needs approval, 0 prohibited')
assert one.contains('[INFO] Attached 5 GenAI compliance reports to com.example.it:build-cache:jar:1.0 with classifier genai-compliance')
assert one.any { it.startsWith("[INFO] Saved Build to local file: build-cache-store/v1.2/com.example.it/build-cache/${checksum}/local/buildinfo.xml") }
assert !one.contains(restoredJar)
assert one.contains('[INFO] BUILD SUCCESS')

// 2: restored from the cache (no compile), yet both goals ran on the restored jar, and install
//    published the reports just written.
def two = runs[1]
assert two.contains("[INFO] Found cached build, restoring com.example.it:build-cache from cache by checksum ${checksum}".toString())
assert two.containsAll(cached)
assert two.containsAll(forced)
assert !two.any { it.startsWith('[INFO] Compiling ') || it.startsWith('[INFO] [genai]') }
assert !two.any { it.contains('Skipping plugin execution (cached): guidelines:') }
assert two.contains('[INFO] GenAI compliance report of build-cache: 1 use (0 SOCIALIZE, 1 APPROVED, 0 NEEDS_APPROVAL, 0 PROHIBITED), 0 undeclared calls, 0 errors, 0 warnings')
assert two.contains('[INFO] GenAI compliance report: target/genai-compliance/genai-compliance.json')
assert two.contains(restoredJar)
def summaryTwo = two.indexOf(summary('genai-policy.yaml', '2027-01-15', [0, 1, 0, 0, 0, 0, 0])[0])
assert two.subList(summaryTwo, summaryTwo + 8) == summary('genai-policy.yaml', '2027-01-15', [0, 1, 0, 0, 0, 0, 0])
assert two.contains('[INFO] Mojo execution is forced by project property: install:install')
assert two.any { it ==~ /\[INFO\] Installing .*\/target\/genai-compliance\/genai-compliance.json to .*\/build-cache-1.0-genai-compliance.json/ }
assert two.contains('[INFO] BUILD SUCCESS')
def installed = new File(localRepositoryPath, 'com/example/it/build-cache/1.0/build-cache-1.0-genai-compliance.json')
assert new JsonSlurper().parse(installed).policy.asOf == '2027-01-15'

// 3: the approval withdrawn: the cache still hits, and check fails on the ledger now.
def three = runs[2]
assert three.contains("[INFO] Found cached build, restoring com.example.it:build-cache from cache by checksum ${checksum}".toString())
assert three.containsAll(forced)
def summaryThree = summary('ledgers/without-approval.yaml', today, [0, 0, 1, 0, 0, 1, 1])
assert three.subList(three.indexOf(summaryThree[0]), three.indexOf(summaryThree[0]) + 8) == summaryThree
assert three.contains("[WARNING] src/main/java/com/example/it/crowd/CrowdExtender.java:18: [GAI006] use 'crowd-extension': approval 'APR-2026-0042' cannot be verified: the policy has no approvals: ledger (Netflix GenAI guidance, written approval must exist, be current and name the use it clears). Fix: record approval 'APR-2026-0042' under approvals: in genai-policy.yaml.")
assert three.contains('[ERROR] src/main/java/com/example/it/crowd/CrowdExtender.java:18: [GAI104] use \'crowd-extension\': output is FINAL_DELIVERABLE (Netflix GenAI guidance, principle 4: generated material is temporary, not part of the final deliverables). Fix: get written approval and name it with approval = "...", or keep the output TEMPORARY.')
assert three.any { it.startsWith('[ERROR] Failed to execute goal dev.genaiguidelines:guidelines-maven-plugin:') && it.contains(':check (genai-check) on project build-cache: GenAI guidelines check failed: 1 use NEEDS_APPROVAL. Each is listed above with its file, line and fix.') }
assert three.contains('[INFO] BUILD FAILURE')

// 4: judged after the approval expired: the cache still hits, and check fails on GAI004.
def four = runs[3]
assert four.contains("[INFO] Found cached build, restoring com.example.it:build-cache from cache by checksum ${checksum}".toString())
assert four.containsAll(forced)
def summaryFour = summary('genai-policy.yaml', '2027-09-02', [0, 0, 1, 0, 0, 2, 1])
assert four.subList(four.indexOf(summaryFour[0]), four.indexOf(summaryFour[0]) + 8) == summaryFour
assert four.contains("[ERROR] src/main/java/com/example/it/crowd/CrowdExtender.java:18: [GAI004] use 'crowd-extension': approval 'APR-2026-0042' expired on 2027-09-01 (as of 2027-09-02) (Netflix GenAI guidance, written approval must exist, be current and name the use it clears). Fix: renew approval 'APR-2026-0042' with the studio and update its expires: date in the ledger.")
assert four.contains('[INFO] BUILD FAILURE')

// The reports on disk are the last build's, not the cached ones.
def report = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.json'))
assert report.policy.asOf == '2027-09-02'
assert report.uses*.verdict == ['NEEDS_APPROVAL']
assert report.uses[0].findings*.rule == ['GAI004', 'GAI104']
assert report.scope.source == 'build-cache-1.0.jar'
return true
