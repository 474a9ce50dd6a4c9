// Runs the packaged jar twice with its dependencies from the IT's local repository.
import dev.godwit.engine.db.SqliteDatabase
import java.util.zip.ZipFile

def jar = new File(basedir, 'target/app-migrates-at-startup-1.0.jar')
assert jar.exists()
def entries = new ZipFile(jar).entries().collect { it.name }
assert entries.contains('drizzle/meta/_journal.json') && entries.contains('drizzle/0000_thin_riptide.sql')

def repo = new File(localRepositoryPath.toString())
def jars = []
repo.eachFileRecurse { f -> if (f.name.endsWith('.jar') && ['godwit-runtime', 'godwit-migration-engine', 'godwit-schema-model', 'sqlite-jdbc',
        'jackson-databind', 'jackson-core', 'jackson-annotations'].any { a -> f.parentFile.parentFile.name == a }) jars << f.path }
def cp = ([jar.path] + jars).join(File.pathSeparator)
def db = new File(basedir, 'app.sqlite')
def run = {
    def p = ['java', '-cp', cp, 'app.Main', db.path].execute()
    def out = new StringBuilder(); def err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0 : "${out}\n${err}"
    out.toString().trim()
}
assert run() == 'applied=[0000_thin_riptide, 0001_parched_sunset_bain] skipped=0'
assert run() == 'applied=[] skipped=2'
def d = SqliteDatabase.open(db.toPath())
try {
    assert d.query('SELECT count(*) AS n FROM __drizzle_migrations')[0].n == 2
    assert d.query("SELECT name FROM sqlite_master WHERE name = 'tags_on_posts'").size() == 1
} finally { d.close() }
return true
