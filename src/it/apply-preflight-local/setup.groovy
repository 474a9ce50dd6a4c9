// Two local files at drizzle-kit's first migration, holding rows: one for the refused apply, one for the accepted one.
import dev.godwit.engine.EngineLog
import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.folder.MigrationsFolder
import dev.godwit.engine.migrate.*

def folder = MigrationsFolder.at(basedir.toPath().resolve('drizzle'))
for (name in ['refused', 'accepted']) {
    def db = SqliteDatabase.open(basedir.toPath().resolve(".godwit/${name}.sqlite"))
    try {
        new Migrator(db, HistoryTable.forName('__drizzle_migrations'), EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults())
        db.runAtomically([
            "INSERT INTO customers (id, name) VALUES (1, 'Ann'), (2, 'Bob')",
            "INSERT INTO orders (id, customer_id, amount) VALUES (10, 1, 5), (11, 1, 7), (12, 2, 9)",
            "INSERT INTO notes (id, customer_id, body) VALUES (100, 1, 'tea'), (101, 2, 'email')"], false)
    } finally { db.close() }
}
return true
