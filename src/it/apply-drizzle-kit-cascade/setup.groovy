// Three databases at drizzle-kit's first migration, holding the same rows: the local file db:apply -Dlocal uses, a second
// local file for -Ddb.local.foreignKeysOff, and our D1 stand-in. 0000 is applied with Godwit's own migrator (so the
// history row is drizzle-orm's), then the rows go in; the goals apply 0001, drizzle-kit's rebuild of the parent table.
import dev.godwit.engine.EngineLog
import dev.godwit.engine.d1.D1Database
import dev.godwit.engine.d1.D1Settings
import dev.godwit.engine.d1.D1StandIn
import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.folder.MigrationsFolder
import dev.godwit.engine.migrate.ApplyOptions
import dev.godwit.engine.migrate.HistoryTable
import dev.godwit.engine.migrate.Migrator

def first = MigrationsFolder.at(new File(basedir, 'drizzle').toPath()).migrations().subList(0, 1)
def quiet = [info: { String m -> }, warn: { String m -> }] as EngineLog
def seed = { db ->
    new Migrator(db, HistoryTable.forName('__drizzle_migrations'), quiet).apply(first, ApplyOptions.defaults())
    db.runAtomically([
            "INSERT INTO customers (id, name, vip) VALUES (1, 'Ann', '1'), (2, 'Bob', '0')",
            "INSERT INTO orders (id, customer_id, amount) VALUES (10, 1, 10.5), (11, 1, 3), (12, 2, 7.25)",
            "INSERT INTO order_items (id, order_id, sku) VALUES (100, 10, 'a'), (101, 11, 'b'), (102, 12, 'c')",
            "INSERT INTO notes (id, customer_id, body) VALUES (1000, 1, 'likes tea'), (1001, 2, 'prefers email')"], false)
    db.close()
}
seed(SqliteDatabase.open(new File(basedir, '.godwit/local.sqlite').toPath()))
seed(SqliteDatabase.open(new File(basedir, '.godwit/fk-off.sqlite').toPath()))
def standIn = D1StandIn.start(new File(basedir, 'd1.sqlite').toPath(), 'acct-it', 'db-it', 'token-it')
seed(new D1Database(new D1Settings('acct-it', 'db-it', 'token-it', standIn.endpoint())))
dev.godwit.engine.d1.ItHandover.give(basedir.name, standIn)
new File(basedir, 'test.properties').text = """db.d1.endpoint=${standIn.endpoint()}
db.d1.accountId=acct-it
db.d1.databaseId=db-it
db.d1.token=token-it
"""
return true
