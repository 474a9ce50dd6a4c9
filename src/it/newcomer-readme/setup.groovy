// A new project made only of what README.md shows: the POM snippet of "Use it in your project" and
// the Java classes of "Write a schema", read from the README now, so that the README cannot drift.
import java.nio.file.*

def readme = basedir.toPath().resolve('../../../../README.md').normalize().text
def section = { String heading ->
    int start = readme.indexOf('\n' + heading + '\n')
    assert start >= 0 : "README.md has no section $heading"
    int end = readme.indexOf('\n## ', start + heading.length() + 2)
    readme.substring(start, end < 0 ? readme.length() : end)
}
def blocks = { String text, String lang -> (text =~ /(?s)```${lang}\n(.*?)```/).collect { it[1] } }

def xml = blocks(section('## Use it in your project'), 'xml')
assert xml.size() == 1 : 'one POM snippet in "Use it in your project"'
basedir.toPath().resolve('pom.xml').text = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>newcomer</artifactId>
  <version>1.0</version>
${xml[0]}
</project>
"""

// The .mvn/jvm.config the section suggests: this project's mvn runs start with it.
def jvmConfig = blocks(section('## Use it in your project'), 'text')
assert jvmConfig.size() == 1 : 'one jvm.config block in "Use it in your project"'
Files.createDirectories(basedir.toPath().resolve('.mvn'))
basedir.toPath().resolve('.mvn/jvm.config').text = jvmConfig[0]

def java = blocks(section('## Write a schema'), 'java')
assert java.size() >= 2 : 'the schema example and the table it references'
java.each { String source ->
    def pkg = (source =~ /(?m)^package ([\w.]+);/)
    def cls = (source =~ /public final class (\w+)/)
    assert pkg.find() && cls.find() : "a complete class with its package:\n$source"
    def file = basedir.toPath().resolve('src/main/java').resolve(pkg.group(1).replace('.', '/')).resolve(cls.group(1) + '.java')
    Files.createDirectories(file.parent)
    file.text = source
}
return true
