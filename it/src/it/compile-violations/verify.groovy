def lines = new File(basedir, 'build.log').text.readLines()
def sources = new File(basedir, 'src/main/java/com/example/it/violations').absolutePath

assert lines.count { it == '[INFO] BUILD FAILURE' } == 1
assert lines.any { it.startsWith('[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:') && it.contains(':compile (default-compile) on project compile-violations: Compilation failure') }
// The note still counts every use, the allowed one too.
assert lines.contains('[INFO] [genai] 6 GenAI uses: 1 socialize, 0 approved, 3 needs approval, 2 prohibited')

// Every error javac printed, as file:[line,column] rule and use; Maven prints each twice (the
// compiler's section, then the failure summary). Nothing else errors, nothing warns.
def errors = lines.findAll { it.startsWith('[ERROR] /') }
def found = errors.collect {
  def m = it =~ /^\[ERROR\] (.+)\/(\w+\.java):\[(\d+),(\d+)\] (\[GAI\d+\] use '[^']+'): .+/
  assert m.matches() : "not a processor error on a source: ${it}"
  assert m.group(1) == sources
  "${m.group(2)}:[${m.group(3)},${m.group(4)}] ${m.group(5)}".toString()
}
def expected = [
    // approval = "APR-2025-0117" ran out the day before -Agenai.asOf, so the final output is unapproved.
    "CrowdExtender.java:[21,18] [GAI004] use 'crowd-extension'",
    "CrowdExtender.java:[18,22] [GAI104] use 'crowd-extension'",
    // output = FINAL_DELIVERABLE and creates = KEY_CHARACTER, no approval.
    "HeroCreature.java:[17,22] [GAI104] use 'hero-creature'",
    "HeroCreature.java:[19,24] [GAI110] use 'hero-creature'",
    // tool = "free-script-ai" trains on its inputs; creates = WRITTEN_MATERIAL is union work.
    "ScriptPunchUp.java:[16,14] [GAI102] use 'script-punch-up'",
    "ScriptPunchUp.java:[20,24] [GAI107] use 'script-punch-up'",
    // approval = "APR-2026-0009" is the matte paintings' approval.
    "SkyReplacement.java:[21,18] [GAI005] use 'sky-replacement'",
    "SkyReplacement.java:[18,22] [GAI104] use 'sky-replacement'",
    // creates = SYNTHETIC_VOICE, no consent.
    "VoiceDouble.java:[20,24] [GAI105] use 'voice-clone'"]
assert found == expected + expected
assert lines.contains('[INFO] 9 errors ')
assert !lines.any { it.startsWith('[WARNING]') }
assert !lines.any { it.contains('storyboard-frames') }

// The messages say what is wrong, against what, and how to fix it.
def message = { String file, String rest -> errors.contains("[ERROR] ${sources}/${file} ${rest}".toString()) }
assert message('ScriptPunchUp.java:[16,14]', "[GAI102] use 'script-punch-up': tool 'free-script-ai' trains on inputs or outputs (registry of genai-policy.yaml) (Netflix GenAI guidance, principle 2: tools must not store, reuse or train on production inputs or outputs). Fix: use a registered tool that neither trains on nor retains inputs; no approval can clear this.")
assert message('VoiceDouble.java:[20,24]', "[GAI105] use 'voice-clone': creates SYNTHETIC_VOICE without a performer consent (Netflix GenAI guidance, principle 5: no new or replaced talent performances or union-covered work without consent). Fix: record the performer's consent in the ledger and name it with consent = \"...\".")
assert message('CrowdExtender.java:[21,18]', "[GAI004] use 'crowd-extension': approval 'APR-2025-0117' expired on 2026-02-28 (as of ${java.time.LocalDate.now()}) (Netflix GenAI guidance, written approval must exist, be current and name the use it clears). Fix: renew approval 'APR-2025-0117' with the studio and update its expires: date in the ledger.")
assert message('SkyReplacement.java:[21,18]', "[GAI005] use 'sky-replacement': approval 'APR-2026-0009' covers 'matte-paintings', not this use (Netflix GenAI guidance, written approval must exist, be current and name the use it clears). Fix: add 'sky-replacement' to the uses: of approval 'APR-2026-0009' if the studio approved it, or name the right approval.")
assert message('HeroCreature.java:[19,24]', "[GAI110] use 'hero-creature': creates KEY_CHARACTER (Netflix GenAI guidance, always needs written approval: main characters, key visuals and settings central to the story). Fix: get written approval, or limit the use to BACKGROUND_ELEMENT, IDEATION or PREVIS.")

// The compile stopped the build before the report goal.
assert !new File(basedir, 'target/genai-compliance').exists()
return true
