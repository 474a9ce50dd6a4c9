import java.sql.*

def standIn = dev.godwit.engine.d1.ItHandover.take(basedir.name)
try {
    def rows = { Connection c, String sql ->
        def out = []
        def rs = c.createStatement().executeQuery(sql)
        while (rs.next()) out << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
        out
    }
    def log = new File(basedir, 'build.log').text
    // The wrong token: a clear message, and neither token anywhere.
    assert log.contains('refused the API token')
    assert log.contains('db.d1.token')
    assert log.contains('The token sent came from -Ddb.d1.token.')
    assert !log.contains('wrong-secret-987')
    assert !log.contains('right-token-123')
    // Faults survived in one run: 0001's answer was lost after D1 committed it, so the run re-read
    // the history, found it recorded and did not send it again; it says this run applied it, not another run.
    // The second apply (same mvn run) has nothing to do.
    assert log.contains("0001_email: this run's request was answered with an error or not at all, but __drizzle_migrations now records the migration: the database applied it once; it is not sent again.")
    assert !log.contains('another run')
    assert log =~ /Applied 2 migration\(s\)/
    assert log =~ /Nothing to apply, Cloudflare D1 database db-it is up to date \(2 migrations applied\)/
    assert log =~ /0000_init\s+applied/
    assert log =~ /0001_email\s+applied/
    def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'd1.sqlite'), new Properties())
    try {
        assert rows(c, 'SELECT count(*), count(DISTINCT created_at) FROM __drizzle_migrations') == ['2|2']
        assert rows(c, "SELECT name FROM pragma_table_info('people') ORDER BY cid") == ['id', 'name', 'email']
        assert rows(c, "SELECT count(*) FROM sqlite_master WHERE name = 'people_email_unique'") == ['1']
    } finally { c.close() }
} finally {
    standIn?.close()
}
return true
