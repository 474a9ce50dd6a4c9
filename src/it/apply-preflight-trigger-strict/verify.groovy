import java.sql.*

def rows(Connection c, String sql) {
    def out = []
    def rs = c.createStatement().executeQuery(sql)
    while (rs.next()) out << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
    out
}
def build = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
// One mvn start, fail-at-end: the refusal (module rebuild-refused) first, then this project's apply of the fixed folder.
build.expectOutcomes(['rebuild-refused': 'FAILURE', 'apply-preflight-trigger-strict': 'SUCCESS'])
def log = build.failure('rebuild-refused')
assert log.contains('drop what the tables had beyond their columns:') : log
assert log.contains('"items": trigger "items_audit" is gone (a rebuild of the table drops its triggers). Recreate it after the rebuild, e.g. in a custom migration (mvn db:generate -Ddb.custom) holding:')
assert log.contains('"readings" is no longer STRICT')
assert log.contains('Nothing was applied.')
assert !build.output('rebuild-refused').contains('Applied')
// this project: the fixed folder's pre-flight finds nothing lost, and it applies
def fixed = build.output('apply-preflight-trigger-strict')
assert fixed.contains('no rows removed or rewritten') : fixed
assert fixed.contains('Applied 2 migration(s)')

def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, '.godwit/local.sqlite'), new Properties())
try {
    assert rows(c, 'SELECT count(*) FROM __drizzle_migrations') == ['3']
    assert rows(c, 'SELECT id, name FROM items') == ['1|mug']
    c.createStatement().execute("INSERT INTO items (id, name) VALUES (2, 'cap')")
    assert rows(c, 'SELECT item_id, what FROM audit ORDER BY id') == ['1|insert', '2|insert'] : 'the recreated trigger fires'
    try {
        c.createStatement().execute("INSERT INTO readings (id, value) VALUES (2, 'high')")
        assert false : 'readings is still STRICT'
    } catch (SQLException e) {
        assert e.message.contains('cannot store TEXT value in INTEGER column readings.value')
    }
} finally { c.close() }
return true
