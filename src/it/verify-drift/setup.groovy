// Two migrations; the local database has only the first one applied.
import dev.godwit.engine.EngineLog
import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.generate.*
import dev.godwit.engine.migrate.*
import dev.godwit.engine.folder.MigrationsFolder
import dev.godwit.engine.yaml.YamlSchemaReader

def base = basedir.toPath()
def folder = MigrationsFolder.at(base.resolve('drizzle'))
new Generator().generate(YamlSchemaReader.read(base.resolve('schema-v1.yaml')), folder, GenerateOptions.batch().withName('authors'))
new Generator().generate(YamlSchemaReader.read(base.resolve('schema.yaml')), folder, GenerateOptions.batch().withName('bio'))
def db = SqliteDatabase.open(base.resolve('.godwit/local.sqlite'))
try {
    new Migrator(db, HistoryTable.forName('__drizzle_migrations'), EngineLog.SILENT).apply(folder.migrations().subList(0, 1), ApplyOptions.defaults())
} finally { db.close() }
return true
