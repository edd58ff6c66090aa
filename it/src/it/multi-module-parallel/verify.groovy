def lines = new File(basedir, 'build.log').text.readLines()

assert lines.count { it == '[INFO] BUILD SUCCESS' } == 3
assert !lines.any { it.contains('already attached') }
assert lines.count { it.startsWith('[INFO] GenAI aggregate report of 2 modules: ') } == 3

def names = ['json', 'html', 'sarif', 'cdx.json', 'md'].collect { "genai-compliance.${it}" }
['.', 'previs', 'vfx'].each { dir ->
  names.each { name ->
    def serial = new File(basedir, "${dir}/target-serial/genai-compliance/${name}")
    def parallel = new File(basedir, "${dir}/target/genai-compliance/${name}")
    assert serial.isFile() : "missing ${serial}"
    assert parallel.isFile() : "missing ${parallel}"
    assert serial.bytes == parallel.bytes : "${dir}/${name} differs between the serial and the -T 4 build"
    def perCore = new File(basedir, "${dir}/target-1c/genai-compliance/${name}")
    assert perCore.isFile() : "missing ${perCore}"
    assert serial.bytes == perCore.bytes : "${dir}/${name} differs between the serial and the -T 1C build"
  }
}
// vfx is judged with its own policy in every build, and the aggregate records it.
def aggregate = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/genai-compliance/genai-compliance.json'))
assert aggregate.policy.source == 'genai-policy.yaml'
assert aggregate.modulePolicies*.module == ['vfx']
assert aggregate.modulePolicies*.source == ['vfx/genai-policy.yaml']
assert lines.count { it == '[INFO] GenAI aggregate report: vfx is judged with its own policy vfx/genai-policy.yaml' } == 3
return true
