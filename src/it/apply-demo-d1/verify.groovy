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
    def migrations = new File(basedir, 'drizzle').listFiles().findAll { it.name.endsWith('.sql') }.size()
    assert log.contains("Applied $migrations migration(s)")
    assert log =~ /Nothing to apply, Cloudflare D1 database db-demo is up to date/
    assert !log.contains('dev-vars-token-42')
    def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'd1.sqlite'), new Properties())
    try {
        assert rows(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '_cf_' AND name <> '__drizzle_migrations'") == ['37']
        assert rows(c, 'SELECT count(*) FROM __drizzle_migrations') == ["$migrations"]
    } finally { c.close() }
    // One request per migration, plus history reads (two applies: create+read, then read).
    assert standIn.requestCount() <= migrations + 6
} finally {
    standIn?.close()
}
return true
