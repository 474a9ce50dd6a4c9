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
    // The history check changes nothing when repeated: asked again. 0000_init's request (which creates the history table, so that a
    // refused first migration leaves none) committed: one read of the history settles it, not sent again. No warning, no failure.
    def bodies = standIn.requestLog()
    assert bodies.findAll { it.contains('FROM pragma_table_info') }.size() >= 2
    assert bodies.findAll { it.contains('CREATE TABLE IF NOT EXISTS') }.size() == 1
    assert log.contains("0000_init: this run's request was answered with an error or not at all, but __drizzle_migrations now records the migration: the database applied it once; it is not sent again.")
    assert !log.contains('[WARNING]   0000_init')
    // 0001_email: D1 committed, then answered 500; the retry met the guard. This run applied it, once.
    assert log.contains("0001_email: this run's request was answered with an error or not at all, but __drizzle_migrations now records the migration: the database applied it once; it is not sent again.")
    assert !log.contains('another run')
    assert log =~ /Applied 2 migration\(s\)/
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
