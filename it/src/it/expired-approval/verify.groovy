import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()

def today = java.time.LocalDate.now().toString()

// 1: asOf on the last valid day prints that day, but cannot revive the approval: it expired by
//    the build's real date, so the use needs approval again.
assert lines.any { it ==~ /\[INFO\] GenAI guidelines: 1 use in \d+ class(es)? of target\/expired-approval-1.0.jar, policy netflix-2025 \(genai-policy.yaml\), as of 2025-01-31/ }
assert lines.count { it == '[INFO]   APPROVED              1' } == 0
assert lines.count { it == "[ERROR] src/main/java/com/example/it/deage/DeAgingPass.java:18: [GAI004] use 'de-aging-pass': approval 'APR-2024-0107' expired on 2025-01-31 (as of ${today}) (Netflix GenAI guidance, written approval must exist, be current and name the use it clears). Fix: renew approval 'APR-2024-0107' with the studio and update its expires: date in the ledger." } == 2

// 2: a day after the expiry, the same.
assert lines.any { it ==~ /\[INFO\] GenAI guidelines: 1 use in \d+ class(es)? of target\/expired-approval-1.0.jar, policy netflix-2025 \(genai-policy.yaml\), as of 2025-02-01/ }
assert lines.count { it.contains('GenAI guidelines check failed: 1 use NEEDS_APPROVAL. Each is listed above with its file, line and fix.') } == 2
assert !lines.contains('[INFO] BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.json'))
assert report.uses[0].verdict == 'NEEDS_APPROVAL'
assert report.uses[0].findings*.rule.contains('GAI004')
return true
