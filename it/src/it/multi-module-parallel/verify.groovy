def lines = new File(basedir, 'build.log').text.readLines()

assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2
assert !lines.any { it.contains('already attached') }
assert lines.count { it.startsWith('[INFO] GenAI aggregate report of 2 modules: ') } == 2

def names = ['json', 'html', 'sarif', 'cdx.json', 'md'].collect { "genai-compliance.${it}" }
['.', 'previs', 'vfx'].each { dir ->
  names.each { name ->
    def serial = new File(basedir, "${dir}/target-serial/genai-compliance/${name}")
    def parallel = new File(basedir, "${dir}/target/genai-compliance/${name}")
    assert serial.isFile() : "missing ${serial}"
    assert parallel.isFile() : "missing ${parallel}"
    assert serial.bytes == parallel.bytes : "${dir}/${name} differs between the serial and the -T 4 build"
  }
}
return true
