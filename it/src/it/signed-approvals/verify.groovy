import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.readLines()
def text = lines.join('\n')
def legal = 'SHA256:mP85wljwDZI6nhHAzpfaO3rTiwhrI6LBTfdvoTlOrn0'
def rogue = 'SHA256:p6fBYodPj/T2h3eR0nwcE3rrqdz6oCY0WoLOOAubgLk'
def source = 'com/example/it/signed/CrowdExtender.java'

// 2: the signed approval verifies with the approver's key: APPROVED, and the report says who signed.
def report = new JsonSlurper().parse(new File(basedir, 'signed/genai-compliance/genai-compliance.json'))
assert report.uses*.id == ['crowd-extension']
assert report.uses[0].verdict == 'APPROVED'
assert report.policy.origin == 'com.example.it:studio-genai-policy:1.0'
assert report.policy.layers*.origin == ['com.example.it:studio-genai-policy:1.0', 'ledgers/signed.yaml']
assert report.policy.layers*.studio == [true, false]
assert report.policy.requireSignedApprovals == true
assert report.ledger == [[kind: 'approval', id: 'APR-2026-0042', approvedBy: 'Studio Legal',
    date: '2026-02-02', expires: '2099-12-31', signedBy: legal, usedBy: ['crowd-extension']]]
assert report.enforcement == [checkRuns: true, failOnViolation: true, failOnUndeclared: true,
    failOnUnreadable: true, failOnMissingCatalog: true]
assert report.skipped == false
def html = new File(basedir, 'signed/genai-compliance/genai-compliance.html').text
assert html.contains('<h2 id="trust-title">Read this first</h2>')
assert html.contains('Policy layer ledgers/signed.yaml comes from the project, not from the studio policy com.example.it:studio-genai-policy:1.0')

// 3-6: GAI009 on the approval value, at compile time, for each way a signature fails.
def gai009 = { String detail ->
  lines.findAll { it.contains("${source}:[16,16] [GAI009] use 'crowd-extension': approval 'APR-2026-0042' ${detail}") }
}
assert gai009('carries no signature, and com.example.it:studio-genai-policy:1.0 requires signed approvals').size() >= 1
assert gai009("is signed by key ${rogue}, which is not an approver's key in com.example.it:studio-genai-policy:1.0").size() >= 1
assert gai009('has a signature that does not verify').size() >= 1
assert gai009("carries the signature of approval 'APR-2026-0099', not of this approval").size() >= 1

// 7-8: GAI010 names what changed since signing.
assert lines.any { it.contains("${source}:[16,16] [GAI010] use 'crowd-extension': approval 'APR-2026-0042' was signed for another declaration: use 'crowd-extension' field purpose: signed 'Extends crowd plates in wide shots.', now 'Extends crowd plates in wide shots and fills the stands.'") }
assert lines.any { it.contains("[GAI010] use 'crowd-extension': approval 'APR-2026-0042' was signed for another declaration: expires: signed '2099-12-31', now '2199-12-31'") }

// 9: check alone (no processor) judges the project the approval is bound to.
assert lines.any { it.startsWith('[ERROR]') && it.contains("[GAI010] use 'crowd-extension': approval 'APR-2026-0042' was signed for another declaration: project: signed 'com.example.it:signed-pipeline', now 'com.example.it:dub-pipeline'") }

// 10-11: a project layer may not vet a tool or weaken the studio's rules: located errors.
assert lines.any { it.contains("ledgers/adds-tool.yaml:2:1: 'tools' is the studio's to set, in its policy com.example.it:studio-genai-policy:1.0") }
assert lines.any { it.contains("ledgers/lowers.yaml:3:11: GAI007: WARNING is weaker than ERROR, which the studio policy com.example.it:studio-genai-policy:1.0 sets") }

// 12: the statement the engineer hands to legal is exactly the one legal signed.
def request = new File(basedir, 'target/genai-compliance/approval-requests/APR-2026-0042.txt')
assert request.bytes == new File(basedir, 'keys/APR-2026-0042.txt').bytes
assert lines.contains('[INFO] Approval statement of approval \'APR-2026-0042\' for com.example.it:signed-pipeline: target/genai-compliance/approval-requests/APR-2026-0042.txt')

assert !lines.any { it.startsWith('\tat ') || it.contains('Exception:') && it.contains('GenAI') }
true
