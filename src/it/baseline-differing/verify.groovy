import dev.godwit.engine.db.SqliteDatabase

def build = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
// One mvn start, fail-at-end: the refusal (module refused-at-email) first, then this project's baseline and apply.
build.expectOutcomes(['refused-at-email': 'FAILURE', 'baseline-differing': 'SUCCESS'])
def dbFile = new File(basedir, '.godwit/local.sqlite')
// refused-at-email: the database does not have 0001_email's column: refused, the difference listed.
def log = build.failure('refused-at-email')
assert !build.output('refused-at-email').contains('Applying')
assert log.contains("The schema of local SQLite file ${dbFile.canonicalPath} differs from drizzle/meta/0001_snapshot.json (the schema after 0001_email):")
assert log.contains('    - column missing: "users"."email"')
assert log.contains('or pass -Ddb.force to record the migrations as applied anyway. Nothing was recorded.')
// this project: it matches 0000_init: recorded.
log = build.output('baseline-differing')
assert log.contains("Recorded 1 migration(s) as applied on local SQLite file ${dbFile.canonicalPath} in __drizzle_migrations (baseline 0000_init, its schema matches drizzle/meta/0000_snapshot.json): 0000_init")
assert log.contains('2 later migration(s) remain pending: apply them with mvn db:apply -Dlocal.')
// then the rest applies on top, the row survives.
assert log.contains('Applying 2 migration(s)')
def db = SqliteDatabase.open(dbFile.toPath())
try {
    assert db.query('SELECT count(*) AS n FROM __drizzle_migrations')[0].n == 3
    assert db.query('SELECT name, email FROM users') == [[name: 'ada', email: null]]
    assert db.query("SELECT name FROM sqlite_master WHERE name = 'posts'").size() == 1
} finally { db.close() }
return true
