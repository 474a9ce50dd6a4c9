// The local file at the first migration, holding rows (the trigger has logged the item's insert).
import dev.godwit.engine.EngineLog
import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.folder.MigrationsFolder
import dev.godwit.engine.migrate.*

def folder = MigrationsFolder.at(basedir.toPath().resolve('drizzle'))
def db = SqliteDatabase.open(basedir.toPath().resolve('.godwit/local.sqlite'))
try {
    new Migrator(db, HistoryTable.forName('__drizzle_migrations'), EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults())
    db.runAtomically(["INSERT INTO items (id, name) VALUES (1, 'mug')", "INSERT INTO readings (id, value) VALUES (1, 42)"], false)
} finally { db.close() }
return true
