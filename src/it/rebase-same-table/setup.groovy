// A git repository: 0000_init on main; the feature branch makes users.name NOT NULL (a rebuild of users),
// adds users.age and table posts; main meanwhile adds users.email, applied to the local database with a
// row; then feature is merged into main, which leaves drizzle/meta conflicted.
import dev.godwit.engine.EngineLog
import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.folder.MigrationsFolder
import dev.godwit.engine.generate.*
import dev.godwit.engine.migrate.*
import dev.godwit.schema.model.*

def git = { String... args ->
    def cmd = ['git', '-c', 'user.name=it', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main',
               '-c', 'merge.conflictstyle=merge'] + args.toList()
    def p = cmd.execute(null, basedir)
    def out = p.text
    p.waitFor()
    if (p.exitValue() != 0 && !(args[0] == 'merge' && out.contains('CONFLICT'))) throw new IllegalStateException("${cmd}: ${out}")
}
def col = { String name, String type, boolean notNull = false -> ColumnDef.of(name, type).withNotNull(notNull) }
def table = { String name, List cols -> new TableDef(name, [ColumnDef.of('id', 'integer').withPrimaryKey(true)] + cols, null, [], [], [], null) }
def folder = MigrationsFolder.at(basedir.toPath().resolve('drizzle'))
def g = new Generator()
git('init', '-q')
new File(basedir, '.gitignore').text = '.godwit/\nbuild.log\n'
g.generate(new SchemaDef([table('users', [col('name', 'text')])], []), folder, GenerateOptions.batch().withName('init'))
git('add', '-A'); git('commit', '-q', '-m', 'init')
git('checkout', '-q', '-b', 'feature')
g.generate(new SchemaDef([table('users', [col('name', 'text', true), col('age', 'integer')]), table('posts', [col('title', 'text')])], []),
        folder, GenerateOptions.batch().withName('age').withAcceptDataLoss(true))   // name made NOT NULL: its NULLs get '', a loss to acknowledge
git('add', '-A'); git('commit', '-q', '-m', 'feature')
git('checkout', '-q', 'main')
Thread.sleep(5)
g.generate(new SchemaDef([table('users', [col('name', 'text'), col('email', 'text')])], []), folder, GenerateOptions.batch().withName('email'))
def db = SqliteDatabase.open(basedir.toPath().resolve('.godwit/local.sqlite'))
try {
    new Migrator(db, HistoryTable.forName('__drizzle_migrations'), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults())
    db.runAtomically(["INSERT INTO users (name, email) VALUES ('ada', 'ada@example.com')", "INSERT INTO users (name, email) VALUES ('bob', 'bob@example.com')"], false)
} finally { db.close() }
git('add', '-A'); git('commit', '-q', '-m', 'email')
git('merge', '-q', 'feature')
assert new File(basedir, 'drizzle/meta/_journal.json').text.contains('<<<<<<<')
return true
