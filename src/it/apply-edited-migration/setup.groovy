// Applies the first migration to the local database, then edits its file: what db:apply must refuse.
import dev.godwit.engine.EngineLog
import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.migrate.*
import dev.godwit.engine.folder.MigrationsFolder
import java.nio.file.*

def folder = MigrationsFolder.at(basedir.toPath().resolve('drizzle'))
def db = SqliteDatabase.open(basedir.toPath().resolve('.godwit/local.sqlite'))
try {
    new Migrator(db, HistoryTable.forName('__drizzle_migrations'), EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults())
} finally { db.close() }
def f = folder.sqlFile('0000_init')
Files.writeString(f, f.text.replace('`name` text NOT NULL', '`name` text NOT NULL DEFAULT \'\''))
return true
