// Three generated migrations (users; users.email; posts) and a database made by hand that has only
// the first one's schema, with a row, and no history table.
import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.folder.MigrationsFolder
import dev.godwit.engine.generate.*
import dev.godwit.schema.model.*

def table = { String name, List<String> cols ->
    def defs = [ColumnDef.of('id', 'integer').withPrimaryKey(true)] + cols.collect { ColumnDef.of(it, 'text') }
    new TableDef(name, defs, null, [], [], [], null)
}
def folder = MigrationsFolder.at(basedir.toPath().resolve('drizzle'))
def g = new Generator()
g.generate(new SchemaDef([table('users', ['name'])], []), folder, GenerateOptions.batch().withName('init'))
g.generate(new SchemaDef([table('users', ['name', 'email'])], []), folder, GenerateOptions.batch().withName('email'))
g.generate(new SchemaDef([table('users', ['name', 'email']), table('posts', ['title'])], []), folder, GenerateOptions.batch().withName('posts'))
def db = SqliteDatabase.open(basedir.toPath().resolve('.godwit/local.sqlite'))
try {
    db.runAtomically(['CREATE TABLE users (id integer PRIMARY KEY NOT NULL, name text)', "INSERT INTO users (name) VALUES ('ada')"], false)
} finally { db.close() }
return true
