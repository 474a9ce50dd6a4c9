import java.sql.*

def rows(Connection c, String sql) {
    def out = []
    def rs = c.createStatement().executeQuery(sql)
    while (rs.next()) out << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
    out
}
def log = new File(basedir, 'build.log').text
assert new File(basedir, 'drizzle/0002_rebuild.sql').text.contains('CREATE TABLE `__old_orders` AS SELECT * FROM `orders`;')
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, '.godwit/local.sqlite'), new Properties())
try {
    assert rows(c, 'SELECT id, name, vip, typeof(vip) FROM customers ORDER BY id') == ['1|Ann|1|integer', '2|Bob|0|integer']
    assert rows(c, 'SELECT * FROM orders ORDER BY id') == ['10|1|10.5', '11|1|3.0', '12|2|7.25']
    assert rows(c, 'SELECT * FROM order_items ORDER BY id') == ['100|10|a', '101|11|b', '102|12|c']
    assert rows(c, 'SELECT * FROM notes ORDER BY id') == ['1000|1|likes tea', '1001|2|prefers email']
    assert rows(c, 'PRAGMA foreign_key_check') == []
    assert rows(c, 'SELECT count(*) FROM __drizzle_migrations') == ['3']
    assert rows(c, "SELECT count(*) FROM sqlite_master WHERE name LIKE '\\_\\_old%' ESCAPE '\\'") == ['0']
} finally { c.close() }
assert log.contains('Applied 3 migration(s)')
return true
