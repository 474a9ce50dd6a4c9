import java.nio.file.*

def drizzle = basedir.toPath().resolve('drizzle')
def log = new File(basedir, 'build.log').text
assert log.contains('No schema changes, nothing to migrate.')
assert log.contains('2 applied, 0 pending.')
assert log.contains('is up to date (2 migrations applied)')
assert log.contains('Migrations in drizzle match the schema and local SQLite file')
// The next migration continues drizzle-kit's "timestamp" prefix.
def written = drizzle.toFile().list().findAll { it.endsWith('_notes.sql') }
assert written.size() == 1 && written[0] ==~ /\d{14}_notes\.sql/ : written
assert log.contains('Applied 1 migration(s)')
// Its snapshot keeps the folder's words for what did not change, so drizzle-kit finds no change in it either.
def snap = drizzle.resolve('meta/' + written[0].substring(0, 14) + '_snapshot.json').text
assert snap.contains('"where": "\\"tasks\\".\\"status\\" <> \'done\'"') : snap
assert log.contains("-Ddb.local.path / <localPath> holds file:local.sqlite, a URL as drizzle-kit's dbCredentials.url writes it")
assert !Files.exists(basedir.toPath().resolve('file:local.sqlite'))

def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + basedir.toPath().resolve('local.sqlite'), new Properties())
try {
    def rs = c.createStatement().executeQuery('SELECT count(*) FROM __app_migrations')
    rs.next(); assert rs.getInt(1) == 3
    rs = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master WHERE name IN ('notes', 'legacy_kv', '__drizzle_migrations')")
    rs.next(); assert rs.getInt(1) == 2
} finally { c.close() }
return true
