import java.sql.*

def standIn = dev.godwit.engine.d1.ItHandover.take(basedir.name)
standIn?.close()
def dump = { String file ->
    def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, file), new Properties())
    try {
        def out = [:]
        for (t in ['customers', 'orders', 'order_items', 'notes']) {
            def rows = []
            def rs = c.createStatement().executeQuery("SELECT * FROM ${t} ORDER BY id")
            while (rs.next()) rows << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
            out[t] = rows
        }
        def h = c.createStatement().executeQuery('SELECT count(*) FROM __drizzle_migrations')
        h.next()
        out.history = h.getInt(1)
        out
    } finally { c.close() }
}
def log = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
// One mvn start: the two local applies (modules) and the one to D1 (this project, built last) each applied 0001.
log.expectOutcomes(['local-as-d1': 'SUCCESS', 'local-foreign-keys-off': 'SUCCESS', 'apply-drizzle-kit-cascade': 'SUCCESS'])
['local-as-d1', 'local-foreign-keys-off', 'apply-drizzle-kit-cascade'].each {
    assert log.output(it).count('Applied 1 migration(s)') == 1 : log.output(it)
}

def local = dump('.godwit/local.sqlite')
def d1 = dump('d1.sqlite')
def fkOff = dump('.godwit/fk-off.sqlite')
// D1 runs the migration in one transaction with foreign keys on; its PRAGMA foreign_keys=OFF does nothing there, so
// DROP TABLE customers deletes every order (ON DELETE CASCADE), every item (cascading from orders) and sets the notes'
// customer to NULL. The parent's rows are copied back, the children's are gone.
assert d1.customers == ['1|Ann|1', '2|Bob|0']
assert d1.orders == []
assert d1.order_items == []
assert d1.notes == ['1000|null|likes tea', '1001|null|prefers email']
assert d1.history == 2
// The local apply predicts exactly that, row for row.
assert local == d1
// Only the explicit option for plain SQLite apps switches foreign keys off around the transaction and keeps the rows.
assert log.output('local-foreign-keys-off').contains('(foreign keys switched off around migrations that ask for it: -Ddb.local.foreignKeysOff)')
assert !log.output('local-as-d1').contains('foreign keys switched off')
assert fkOff.orders == ['10|1|10.5', '11|1|3.0', '12|2|7.25']
assert fkOff.order_items == ['100|10|a', '101|11|b', '102|12|c']
assert fkOff.notes == ['1000|1|likes tea', '1001|2|prefers email']
assert fkOff.history == 2
return true
