def lines = new File(basedir, 'build.log').text.readLines()
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2

['json', 'html', 'sarif', 'cdx.json', 'md'].each { ext ->
  def a = new File(basedir, "build-a/genai-compliance/genai-compliance.${ext}")
  def b = new File(basedir, "build-b/genai-compliance/genai-compliance.${ext}")
  assert a.isFile() && b.isFile()
  assert a.bytes == b.bytes : "genai-compliance.${ext} differs between two builds"
  // No absolute path of the build leaks into a report.
  assert !a.getText('UTF-8').contains(basedir.absolutePath) : "genai-compliance.${ext} names ${basedir}"
}
// The CycloneDX timestamp comes from project.build.outputTimestamp.
assert new File(basedir, 'build-a/genai-compliance/genai-compliance.cdx.json').text.contains('2026-01-01T00:00:00Z')
return true
