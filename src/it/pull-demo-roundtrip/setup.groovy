// Builds the demo database the way a user has it: the repository's committed migrations applied to a local file.
import dev.godwit.engine.EngineLog
import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.migrate.*
import dev.godwit.engine.folder.MigrationsFolder
import java.nio.file.*

def root = basedir.toPath().resolve('../../../..').normalize()
def db = SqliteDatabase.open(basedir.toPath().resolve('.godwit/local.sqlite'))
try {
    new Migrator(db, HistoryTable.forName('__drizzle_migrations'), EngineLog.SILENT)
            .apply(MigrationsFolder.at(root.resolve('drizzle')).migrations(), ApplyOptions.defaults())
} finally { db.close() }
return true
