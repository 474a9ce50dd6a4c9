import java.sql.*

def log = new File(basedir, 'build.log').text
assert log.contains('Migration 0002_backfill.sql failed at statement 2 of 3:')
assert log.contains("INSERT INTO people (id, name, email) VALUES (2, 'Ann again', 'ann@example.com');")
assert log.contains('UNIQUE constraint failed: people.email')
assert log.contains('The migration was rolled back: the database is as it was after the previous migration.')
assert log.contains('BUILD FAILURE')

def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, '.godwit/local.sqlite'), new Properties())
try {
    def rs = c.createStatement().executeQuery('SELECT count(*) FROM people')
    rs.next(); assert rs.getInt(1) == 0 : 'the first INSERT of the failed migration was rolled back'
    rs = c.createStatement().executeQuery('SELECT count(*) FROM __drizzle_migrations')
    rs.next(); assert rs.getInt(1) == 2
} finally { c.close() }
return true
