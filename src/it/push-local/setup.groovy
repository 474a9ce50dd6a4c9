// The dev database: schema v1 pushed by the engine, with rows.
import dev.godwit.engine.EngineLog
import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.push.Pusher
import dev.godwit.engine.yaml.YamlSchemaReader

def db = SqliteDatabase.open(basedir.toPath().resolve('.godwit/local.sqlite'))
try {
    new Pusher(db, EngineLog.SILENT, [] as Set).push(YamlSchemaReader.read(basedir.toPath().resolve('schema-v1.yaml')), false, null)
    db.runAtomically(["INSERT INTO teams (id, name) VALUES (1, 'Owls'), (2, 'Larks')",
                      "INSERT INTO players (id, team_id, nick, legacy_score) VALUES (10, 1, 'ann', 5), (11, 1, 'bob', NULL), (12, 2, 'cy', 7)"], false)
} finally { db.close() }
return true
