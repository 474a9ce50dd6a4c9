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
    assert log.contains('Cloudflare D1 database db-it')
    assert !log.contains('token-it')
    def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'd1.sqlite'), new Properties())
    try {
        assert rows(c, 'SELECT id, name, vip FROM customers ORDER BY id') == ['1|Ann|1', '2|Bob|0']
        assert rows(c, 'SELECT * FROM orders ORDER BY id') == ['10|1|10.5', '11|1|3.0', '12|2|7.25']
        assert rows(c, 'SELECT * FROM order_items ORDER BY id') == ['100|10|a', '101|11|b', '102|12|c']
        assert rows(c, 'SELECT * FROM notes ORDER BY id') == ['1000|1|likes tea', '1001|2|prefers email']
        assert rows(c, 'PRAGMA foreign_key_check') == []
        assert rows(c, 'SELECT count(*) FROM __drizzle_migrations') == ['3']
    } finally { c.close() }
    // One HTTP request per migration, plus the history reads.
    assert standIn.requestCount() <= 3 + 4
} finally {
    standIn?.close()
}
return true
