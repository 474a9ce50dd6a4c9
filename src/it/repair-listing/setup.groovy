// Two generated migrations applied to the local database; then the second one is edited on purpose
// (a comment) and the history gets a row of a migration that exists nowhere.
import dev.godwit.engine.EngineLog
import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.folder.MigrationsFolder
import dev.godwit.engine.generate.*
import dev.godwit.engine.migrate.*
import dev.godwit.schema.model.*
import java.nio.file.Files

def table = { String name, List<String> cols ->
    def defs = [ColumnDef.of('id', 'integer').withPrimaryKey(true)] + cols.collect { ColumnDef.of(it, 'text') }
    new TableDef(name, defs, null, [], [], [], null)
}
def folder = MigrationsFolder.at(basedir.toPath().resolve('drizzle'))
def g = new Generator()
g.generate(new SchemaDef([table('users', ['name'])], []), folder, GenerateOptions.batch().withName('init'))
g.generate(new SchemaDef([table('users', ['name']), table('posts', ['title'])], []), folder, GenerateOptions.batch().withName('posts'))
def db = SqliteDatabase.open(basedir.toPath().resolve('.godwit/local.sqlite'))
try {
    new Migrator(db, HistoryTable.forName('__drizzle_migrations'), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults())
    db.runAtomically(["INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('0123456789abcdef0123', 42)"], false)
} finally { db.close() }
def f = folder.sqlFile('0001_posts')
Files.writeString(f, f.text + '\n-- reviewed: safe on the production data')
return true
