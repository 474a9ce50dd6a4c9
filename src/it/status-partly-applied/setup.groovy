import dev.godwit.engine.EngineLog
import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.migrate.*
import dev.godwit.engine.folder.MigrationsFolder

def folder = MigrationsFolder.at(basedir.toPath().resolve('drizzle'))
def db = SqliteDatabase.open(basedir.toPath().resolve('.godwit/local.sqlite'))
try {
    new Migrator(db, HistoryTable.forName('__drizzle_migrations'), EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults())
} finally { db.close() }
return true
