def lines = new File(basedir, 'build.log').text.readLines()
def source = new File(basedir, 'src/main/java/com/example/it/creature/HeroCreature.java').absolutePath

assert lines.contains('[INFO] Compiling with eclipse [debug release 17] to target/classes')
assert lines.contains('[INFO] Unknown source: [genai] 1 GenAI use: 0 socialize, 0 approved, 1 needs approval, 0 prohibited')
assert lines.count { it == '[INFO] BUILD FAILURE' } == 1
// Each error on the line of the attribute at fault (line 15: output = ..., line 17: creates = ...),
// and no other; Maven repeats the compiler's errors in its failure summary. The policy was found:
// its tool is registered, so no GAI101.
def errors = lines.findAll { it.startsWith('[ERROR] /') }
def expected = [
    "[ERROR] ${source}:[15,7] [GAI104] use 'hero-creature': output is FINAL_DELIVERABLE (Netflix GenAI guidance, principle 4: generated material is temporary, not part of the final deliverables). Fix: get written approval and name it with approval = \"...\", or keep the output TEMPORARY.",
    "[ERROR] ${source}:[17,7] [GAI110] use 'hero-creature': creates KEY_CHARACTER (Netflix GenAI guidance, always needs written approval: main characters, key visuals and settings central to the story). Fix: get written approval, or limit the use to BACKGROUND_ELEMENT, IDEATION or PREVIS."
]*.toString()
assert errors.unique(false) == expected
assert !lines.any { it.startsWith('[WARNING]') }
assert !lines.any { it.contains('GAI101') || it.contains('no genai-policy.yaml found') }
assert !new File(basedir, 'target/genai-compliance').exists()
return true
