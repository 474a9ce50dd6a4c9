import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.introspect.Introspector
import java.nio.file.*

def log = new File(basedir, 'build.log').text
def src = basedir.toPath().resolve('src/main/java/it/pulled')
assert Files.exists(src.resolve('Users.java'))
assert Files.exists(src.resolve('AgentVersions.java'))
def users = src.resolve('Users.java').text
assert users.contains('public final class Users extends Table')
assert users.contains('super("users")')
def sources = Files.list(src).withCloseable { it.filter { it.toString().endsWith('.java') }.count() }
assert sources >= 37

def baseline = basedir.toPath().resolve('pulled-drizzle')
assert Files.list(baseline).withCloseable { it.filter { it.fileName.toString() ==~ /0000_pulled\.sql/ }.count() } == 1
assert Files.exists(baseline.resolve('meta/0000_snapshot.json'))
assert Files.exists(baseline.resolve('meta/_journal.json'))

assert log =~ /Pulled 37 table\(s\)( and \d+ view\(s\))? from local SQLite file/
assert log.contains('No schema changes, nothing to migrate.')
// the database keeps the demo folder's row beside the pulled baseline: the line says so, not "up to date"
assert log =~ /Nothing to apply to local SQLite file .*local\.sqlite: the folder's 1 migration is applied, and its history records 1 migration the folder does not have/
assert log =~ /Applied 1 migration\(s\)/
assert log.contains('would overwrite')
assert !Files.exists(basedir.toPath().resolve('second-drizzle/meta/_journal.json'))

def original = SqliteDatabase.open(basedir.toPath().resolve('.godwit/local.sqlite'))
def fresh = SqliteDatabase.open(basedir.toPath().resolve('fresh.sqlite'))
try {
    assert Introspector.introspect(fresh) == Introspector.introspect(original)
    def ddl = { db -> db.query("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations' ORDER BY type, name") }
    assert ddl(fresh) == ddl(original)
} finally { original.close(); fresh.close() }
return true
