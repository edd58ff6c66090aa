def log = new File(basedir, 'build.log').text
// The two builds' logs, split where the second starts.
def builds = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert builds.size() == 2
def first = builds[0].readLines()
def second = builds[1].readLines()

// 1: the site lists the report and writes the page, the HTML report itself.
assert first.contains('[INFO] Detected 1 report for guidelines-maven-plugin:0.1.0-SNAPSHOT: site-report')
assert first.contains('[INFO] Generating "GenAI compliance" report     --- guidelines-maven-plugin:0.1.0-SNAPSHOT:site-report')
assert first.contains('[INFO] GenAI compliance page of site-report: 2 uses (1 SOCIALIZE, 1 APPROVED, 0 NEEDS_APPROVAL, 0 PROHIBITED), 0 undeclared calls, 0 errors, 0 warnings: build-a/site/genai-compliance.html')
assert first.contains('[INFO] BUILD SUCCESS')
// maven-site-plugin's own warning about the example's missing <url>, and nothing else.
assert first.findAll { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') } ==
    ['[WARNING] No project URL defined - site links will not be relativized!']

def page = new File(basedir, 'build-a/site/genai-compliance.html')
assert page.isFile()
def html = page.getText('UTF-8')
assert html.contains('<span class="id">crowd-extension</span>')
assert html.contains('<span class="id">storyboard-frames</span>')
assert html.findAll(/data-verdict="([A-Z_]+)"/) { all, v -> v } == ['APPROVED', 'SOCIALIZE']
// The same bytes as the report goal's HTML report: one writer.
assert page.bytes == new File(basedir, 'build-a/genai-compliance/genai-compliance.html').bytes
// Project Reports links to it by its name.
def reports = new File(basedir, 'build-a/site/project-reports.html').getText('UTF-8')
assert reports.contains('<a href="genai-compliance.html">GenAI compliance</a>')

// 2: skipped, the site has neither the page nor a link to it, and says why.
assert second.contains('[INFO] Skipping the GenAI compliance page: guidelines.skip is true')
assert second.contains('[INFO] BUILD SUCCESS')
// With no report left the site is its skin alone.
assert new File(basedir, 'build-b/site/css').isDirectory()
assert !new File(basedir, 'build-b/site/genai-compliance.html').exists()
assert !new File(basedir, 'build-b/site').listFiles().findAll { it.name.endsWith('.html') }
    .any { it.getText('UTF-8').contains('genai-compliance.html') }
return true
