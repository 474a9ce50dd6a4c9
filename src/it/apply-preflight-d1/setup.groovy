// The D1 stand-in at drizzle-kit's first migration, holding rows.
import dev.godwit.engine.EngineLog
import dev.godwit.engine.d1.D1Database
import dev.godwit.engine.d1.D1Settings
import dev.godwit.engine.d1.D1StandIn
import dev.godwit.engine.folder.MigrationsFolder
import dev.godwit.engine.migrate.*

def standIn = D1StandIn.start(new File(basedir, 'd1.sqlite').toPath(), 'acct-it', 'db-it', 'token-it')
dev.godwit.engine.d1.ItHandover.give(basedir.name, standIn)
new File(basedir, 'test.properties').text = """db.d1.endpoint=${standIn.endpoint()}
db.d1.accountId=acct-it
db.d1.databaseId=db-it
db.d1.token=token-it
"""
def folder = MigrationsFolder.at(basedir.toPath().resolve('drizzle'))
def db = new D1Database(new D1Settings('acct-it', 'db-it', 'token-it', standIn.endpoint()))
try {
    new Migrator(db, HistoryTable.forName('__drizzle_migrations'), EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults())
    db.runAtomically([
        "INSERT INTO customers (id, name) VALUES (1, 'Ann'), (2, 'Bob')",
        "INSERT INTO orders (id, customer_id, amount) VALUES (10, 1, 5), (11, 1, 7), (12, 2, 9)",
        "INSERT INTO notes (id, customer_id, body) VALUES (100, 1, 'tea'), (101, 2, 'email')"], false)
} finally { db.close() }
return true
