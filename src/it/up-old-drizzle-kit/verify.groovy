import dev.godwit.engine.db.SqliteDatabase
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// Each step (a module, run in order) ended as it should; this project, the aggregator, last.
def reactor = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
reactor.expectOutcomes(['s1-refused': 'FAILURE', 's2-up': 'SUCCESS', 's3-continued': 'SUCCESS', 'up-old-drizzle-kit': 'SUCCESS'])
// 1: the version 5 folder is refused, naming the goal that fixes it.
assert log.contains('drizzle/meta/0000_snapshot.json is a version 5 snapshot, written by an older drizzle-kit: run mvn db:up once to upgrade the folder\'s snapshots to version 6 (what drizzle-kit up does), then commit them')
// 2: upgraded in place, as drizzle-kit up does.
assert log.contains('  upgraded drizzle/meta/0000_snapshot.json from version 5 to 6')
assert log.contains('  upgraded drizzle/meta/0001_snapshot.json from version 5 to 6')
def meta = new File(basedir, 'drizzle/meta')
['0000', '0001'].each {
    def s = new JsonSlurper().parse(new File(meta, "${it}_snapshot.json"))
    assert s.version == '6' && s.views == [:]
}
// 3: continued: only the new column is generated.
assert new File(basedir, 'drizzle/0002_name.sql').text.trim() == 'ALTER TABLE `users` ADD `name` text;'
// 3 (same mvn run): verify passes and everything applies.
assert log.contains('match the schema (3 migrations')
assert log.contains('Applied 3 migration(s)')
def db = SqliteDatabase.open(new File(basedir, '.godwit/local.sqlite').toPath())
try {
    assert db.query('SELECT count(*) AS n FROM __drizzle_migrations')[0].n == 3
    assert db.query("SELECT name FROM pragma_table_info('users') WHERE name = 'name'").size() == 1
} finally { db.close() }
return true
