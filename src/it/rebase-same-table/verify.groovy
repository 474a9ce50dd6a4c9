import dev.godwit.engine.db.SqliteDatabase
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// Each step (a module, run in order) ended as it should; this project, the aggregator, last.
def reactor = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
reactor.expectOutcomes(['s1-refused': 'FAILURE', 's2-rebase': 'SUCCESS', 's3-applied': 'SUCCESS', 'rebase-same-table': 'SUCCESS'])
// 1: db:verify names db:rebase.
assert log.contains('drizzle/meta/_journal.json has git conflict markers: two branches each generated migrations. Run mvn db:rebase')
// 2: main's migrations kept, the feature's moved after them with its SQL regenerated.
assert log.contains('Rebasing drizzle: keeping 2 migration(s) of the target branch (last: 0001_email)')
assert log.contains('  move 0001_age -> 0002_age (SQL regenerated on top of 0001_email)')
def drizzle = new File(basedir, 'drizzle')
assert !new File(drizzle, '0001_age.sql').exists()
assert !new File(drizzle, 'meta/_journal.json').text.contains('<<<<<<<')
assert !new File(drizzle, 'meta/0001_snapshot.json').text.contains('<<<<<<<')
assert new JsonSlurper().parse(new File(drizzle, 'meta/_journal.json')).entries*.tag == ['0000_init', '0001_email', '0002_age']
def sql = new File(drizzle, '0002_age.sql').text
assert sql.contains('`email`') : 'the rebuild of users keeps main\'s email column'
// 3: verify passes; the moved migration applies on top; rows kept.
assert log.contains('match the schema (3 migrations')
assert log.contains('Applied 1 migration(s)')
def db = SqliteDatabase.open(new File(basedir, '.godwit/local.sqlite').toPath())
try {
    assert db.query('SELECT name, email, age FROM users ORDER BY id') == [[name: 'ada', email: 'ada@example.com', age: null], [name: 'bob', email: 'bob@example.com', age: null]]
    assert db.query('SELECT count(*) AS n FROM __drizzle_migrations')[0].n == 3
} finally { db.close() }
return true
