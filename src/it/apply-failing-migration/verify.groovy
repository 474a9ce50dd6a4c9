import java.sql.*

def log = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
// One mvn start, fail-at-end: both scenarios ran and failed on their own.
log.expectOutcomes(['fresh-database': 'FAILURE', 'apply-failing-migration': 'FAILURE'])
// fresh-database: on a fresh database 0002 would fail after 0000 and 0001 committed: the pre-flight (on a copy) refuses first, nothing applied.
def fresh = log.failure('fresh-database')
assert fresh.contains('The apply would stop there after committing the 2 pending migration(s) before it, leaving the database between the two.'
        + ' Nothing was applied. Fix 0002_backfill.sql (or the rows it trips on) first.') : fresh
def freshDb = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, '.godwit/fresh.sqlite'), new Properties())
try {
    def rs = freshDb.createStatement().executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
    rs.next(); assert rs.getInt(1) == 0 : 'nothing applied to the fresh database'
} finally { freshDb.close() }
// this project: 0002 alone is pending: the apply meets the failure and rolls that migration back.
def failed = log.failure('apply-failing-migration')
assert failed.contains('Migration 0002_backfill.sql failed at statement 2 of 3:') : failed
assert failed.contains("INSERT INTO people (id, name, email) VALUES (2, 'Ann again', 'ann@example.com');")
assert failed.contains('UNIQUE constraint failed: people.email')
assert failed.contains('The migration was rolled back: the database is as it was after the previous migration.')
assert log.text().contains('BUILD FAILURE')
// The error names one statement: Maven does not append the database error's own count (which includes the guard statement).
// 0002_backfill.sql is hand-written (no checksum in meta/_sums): edited, not regenerated
assert failed.contains('Fix the cause (the data, or 0002_backfill.sql, not written by db:generate: edit it), then run db:apply again.\n[ERROR] -> [Help 1]') : failed
// The pre-flight's warning says the same, in the same words.
def output = log.output('apply-failing-migration')
assert output.contains('Pre-flight: 0002_backfill.sql fails on a copy of ') : output
assert output =~ /\(its rows as they are now\) at statement 2 of 3:\n    INSERT INTO people/ : output

def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, '.godwit/local.sqlite'), new Properties())
try {
    def rs = c.createStatement().executeQuery('SELECT count(*) FROM people')
    rs.next(); assert rs.getInt(1) == 0 : 'the first INSERT of the failed migration was rolled back'
    rs = c.createStatement().executeQuery('SELECT count(*) FROM __drizzle_migrations')
    rs.next(); assert rs.getInt(1) == 2
} finally { c.close() }
return true
