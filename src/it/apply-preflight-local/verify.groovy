import java.sql.*

def rows(Connection c, String sql) {
    def out = []
    def rs = c.createStatement().executeQuery(sql)
    while (rs.next()) out << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
    out
}
def log = new File(basedir, 'build.log').text
assert log.contains('Pre-flight: the pending migrations, run on a copy of ')
assert log.contains('"orders": 3 of 3 rows deleted, through 0001_name_check.sql statement 4: DROP TABLE `customers`;')
assert log.contains('"notes"."customer_id": 2 of 2 references set to NULL, through 0001_name_check.sql statement 4: DROP TABLE `customers`;')
assert log.contains('Nothing was applied.')
assert log.contains('Applying anyway because of -Ddb.acceptDataLoss.')
assert log.contains('BUILD FAILURE')
assert log.contains('Applied 1 migration(s)')

def refused = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, '.godwit/refused.sqlite'), new Properties())
try {
    assert rows(refused, 'SELECT count(*) FROM __drizzle_migrations') == ['1']
    assert rows(refused, 'SELECT id, customer_id FROM orders ORDER BY id') == ['10|1', '11|1', '12|2']
    assert rows(refused, 'SELECT id, customer_id FROM notes ORDER BY id') == ['100|1', '101|2']
    assert !rows(refused, "SELECT sql FROM sqlite_master WHERE name = 'customers'")[0].contains('CHECK')
} finally { refused.close() }

def accepted = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, '.godwit/accepted.sqlite'), new Properties())
try {
    assert rows(accepted, 'SELECT count(*) FROM __drizzle_migrations') == ['2']
    assert rows(accepted, "SELECT sql FROM sqlite_master WHERE name = 'customers'")[0].contains('customers_name_not_empty')
    assert rows(accepted, 'SELECT id, name FROM customers ORDER BY id') == ['1|Ann', '2|Bob']
    assert rows(accepted, 'PRAGMA foreign_key_check') == []
} finally { accepted.close() }
return true
