// Copies the repository's demo schema sources and committed drizzle/ folder into this project.
import java.nio.file.*

def root = basedir.toPath().resolve('../../../..').normalize()
def copyTree = { Path from, Path to ->
    Files.walk(from).forEach { p ->
        def target = to.resolve(from.relativize(p).toString())
        if (Files.isDirectory(p)) Files.createDirectories(target) else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING)
    }
}
// only the schema: the demo's App needs godwit-runtime, which this project does not depend on
copyTree(root.resolve('demo/src/main/java/dev/godwit/demo/schema'), basedir.toPath().resolve('src/main/java/dev/godwit/demo/schema'))
copyTree(root.resolve('drizzle'), basedir.toPath().resolve('drizzle'))
return true
