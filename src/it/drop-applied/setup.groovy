// Three generated migrations (users; posts; users.email), the first two applied to the local database.
import dev.godwit.engine.EngineLog
import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.folder.MigrationsFolder
import dev.godwit.engine.generate.*
import dev.godwit.engine.migrate.*
import dev.godwit.schema.model.*

def table = { String name, List<String> cols ->
    def defs = [ColumnDef.of('id', 'integer').withPrimaryKey(true)] + cols.collect { ColumnDef.of(it, 'text') }
    new TableDef(name, defs, null, [], [], [], null)
}
def folder = MigrationsFolder.at(basedir.toPath().resolve('drizzle'))
def g = new Generator()
g.generate(new SchemaDef([table('users', ['name'])], []), folder, GenerateOptions.batch().withName('init'))
g.generate(new SchemaDef([table('users', ['name']), table('posts', ['title'])], []), folder, GenerateOptions.batch().withName('posts'))
g.generate(new SchemaDef([table('users', ['name', 'email']), table('posts', ['title'])], []), folder, GenerateOptions.batch().withName('email'))
def db = SqliteDatabase.open(basedir.toPath().resolve('.godwit/local.sqlite'))
try {
    new Migrator(db, HistoryTable.forName('__drizzle_migrations'), EngineLog.SILENT).apply(folder.migrations().subList(0, 2), ApplyOptions.defaults())
} finally { db.close() }
return true
