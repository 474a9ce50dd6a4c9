import java.sql.*

def rows(Connection c, String sql) {
    def out = []
    def rs = c.createStatement().executeQuery(sql)
    while (rs.next()) out << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
    out
}
def build = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
// One mvn start, fail-at-end: the refusal (module refused) first, then this project's apply with -Ddb.acceptDataLoss.
build.expectOutcomes(['refused': 'FAILURE', 'apply-preflight-local': 'SUCCESS'])
def log = build.output('refused') + build.failure('refused')
assert log.contains('Pre-flight: the pending migrations, run on a copy of ') : log
assert log.contains('"orders": 3 of 3 rows deleted, through 0001_name_check.sql statement 4: DROP TABLE `customers`;') : log
assert log.contains('"notes"."customer_id": 2 of 2 references set to NULL, through 0001_name_check.sql statement 4: DROP TABLE `customers`;')
assert log.contains('Nothing was applied.')
assert !build.output('refused').contains('Applied')
def accepted = build.output('apply-preflight-local')
assert accepted.contains('Applying anyway because of -Ddb.acceptDataLoss.') : accepted
assert accepted.contains('Applied 1 migration(s)')

def refused = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, '.godwit/refused.sqlite'), new Properties())
try {
    assert rows(refused, 'SELECT count(*) FROM __drizzle_migrations') == ['1']
    assert rows(refused, 'SELECT id, customer_id FROM orders ORDER BY id') == ['10|1', '11|1', '12|2']
    assert rows(refused, 'SELECT id, customer_id FROM notes ORDER BY id') == ['100|1', '101|2']
    assert !rows(refused, "SELECT sql FROM sqlite_master WHERE name = 'customers'")[0].contains('CHECK')
} finally { refused.close() }

def acceptedDb = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, '.godwit/accepted.sqlite'), new Properties())
try {
    assert rows(acceptedDb, 'SELECT count(*) FROM __drizzle_migrations') == ['2']
    assert rows(acceptedDb, "SELECT sql FROM sqlite_master WHERE name = 'customers'")[0].contains('customers_name_not_empty')
    assert rows(acceptedDb, 'SELECT id, name FROM customers ORDER BY id') == ['1|Ann', '2|Bob']
    // Applied as D1 and drizzle-orm apply it (the pre-flight's prediction): every order deleted, every note unlinked.
    assert rows(acceptedDb, 'SELECT count(*) FROM orders') == ['0']
    assert rows(acceptedDb, 'SELECT id, customer_id FROM notes ORDER BY id') == ['100|null', '101|null']
    assert rows(acceptedDb, 'PRAGMA foreign_key_check') == []
} finally { acceptedDb.close() }
return true
