def lines = new File(basedir, 'build.log').text.readLines()

// report and check each say why they did nothing.
assert lines.count { it == '[INFO] Skipping GenAI guidelines: guidelines.skip is true' } == 2
assert !lines.any { it.contains('[GAI104]') }
assert lines.contains('[INFO] BUILD SUCCESS')
assert !new File(basedir, 'target/genai-compliance').exists()
return true
