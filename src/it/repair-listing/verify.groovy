import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.folder.Checksums

def log = new File(basedir, 'build.log').text
// Each step (a module, run in order) ended as it should; this project, the aggregator, last.
def reactor = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
reactor.expectOutcomes(['s1-listing': 'FAILURE', 's2-force': 'SUCCESS', 's3-apply': 'SUCCESS', 's4-fresh': 'SUCCESS', 'repair-listing': 'SUCCESS'])
def dbFile = new File(basedir, '.godwit/local.sqlite')
def sql = new File(basedir, 'drizzle/0001_posts.sql').text
def hash = Checksums.sha256Hex(sql)
// 1: batch mode without -Ddb.force: the changes are listed, nothing is made.
assert log.contains("db:repair of local SQLite file ${dbFile.canonicalPath} and drizzle:")
assert log =~ /- re-record the checksum of 0001_posts in __drizzle_migrations: [0-9a-f]{12} -> ${hash.substring(0, 12)} \(0001_posts.sql changed after it was applied\)/
assert log =~ /- re-record the checksum of 0001_posts in drizzle\/meta\/_sums\/0001_posts.sha256: [0-9a-f]{12} -> ${hash.substring(0, 12)} \(0001_posts.sql was edited after it was generated\)/
assert log.contains('- remove the row of created_at 42 (hash 0123456789ab) from __drizzle_migrations: no such migration in drizzle')
assert log.contains('Run again with -Ddb.force to make these changes (in batch mode db:repair asks nothing). Nothing was changed.')
// 2: with -Ddb.force the three changes are made.
assert log.contains('Repaired: 3 change(s) made.')
// 3: db:apply now accepts the edited migration and warns about no unknown row.
assert log.contains('Nothing to apply')
assert !log.contains('The database records a migration that is not in the folder')
// 4: a local path with no database yet (a fresh checkout): the folder's checksums alone, which match now; no file is created.
def fresh = new File(basedir, '.godwit/fresh.sqlite')
assert log.contains("Nothing to repair: the checksums in drizzle/meta/_sums/ match the migrations (there is no database at ${fresh.canonicalPath}, so no history to realign).")
assert !fresh.exists()
// the re-recorded checksum keeps the migration's journal `when`, as db:generate stamps it, and is marked as an edit (db:generate
// then reads the file for triggers and views it did not write)
def when = new groovy.json.JsonSlurper().parse(new File(basedir, 'drizzle/meta/_journal.json')).entries.find { it.tag == '0001_posts' }.when
assert new File(basedir, 'drizzle/meta/_sums/0001_posts.sha256').text == hash + ' when=' + when + ' edited name=0001_posts.sql\n'
def db = SqliteDatabase.open(dbFile.toPath())
try {
    def rows = db.query('SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at')
    assert rows.size() == 2
    assert rows[1].hash == hash
} finally { db.close() }
return true
