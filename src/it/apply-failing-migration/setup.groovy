import dev.godwit.engine.EngineLog
import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.migrate.*
import dev.godwit.engine.folder.MigrationsFolder

// The database already ran 0000 and 0001, so 0002 is the only pending migration: the apply itself meets its failure.
def folder = MigrationsFolder.at(basedir.toPath().resolve('drizzle'))
def db = SqliteDatabase.open(basedir.toPath().resolve('.godwit/local.sqlite'))
try {
    new Migrator(db, HistoryTable.forName('__drizzle_migrations'), EngineLog.SILENT).apply(folder.migrations().subList(0, 2), ApplyOptions.defaults())
} finally { db.close() }
return true
