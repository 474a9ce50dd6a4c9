import java.sql.*

def standIn = dev.godwit.engine.d1.ItHandover.take(basedir.name)
try {
    def rows = { Connection c, String sql ->
        def out = []
        def rs = c.createStatement().executeQuery(sql)
        while (rs.next()) out << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
        out
    }
    def build = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
    // One mvn start, fail-at-end: the refusal (module refused) first, then this project's apply with -Ddb.acceptDataLoss.
    build.expectOutcomes(['refused': 'FAILURE', 'apply-preflight-d1': 'SUCCESS'])
    def refused = build.output('refused') + build.failure('refused')
    assert refused.contains('Pre-flight: the pending migrations, run on a local replica of Cloudflare D1 database db-it') : refused
    assert refused.contains('with 3 generated rows in each table that holds rows there')
    assert refused.contains('"orders": 3 of 3 rows deleted, through 0001_name_check.sql statement 4: DROP TABLE `customers`;')
    assert refused.contains('"notes"."customer_id": 3 of 3 references set to NULL, through 0001_name_check.sql statement 4: DROP TABLE `customers`;')
    assert refused.contains('Nothing was applied.')
    assert !build.output('refused').contains('Applied')
    def accepted = build.output('apply-preflight-d1')
    assert accepted.contains('Applying anyway because of -Ddb.acceptDataLoss.') : accepted
    assert accepted.contains('Applied 1 migration(s)')
    assert !build.text().contains('token-it')
    def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'd1.sqlite'), new Properties())
    try {
        // Applied as D1 applies it: the rebuild of customers deleted every order and unlinked every note.
        assert rows(c, 'SELECT count(*) FROM __drizzle_migrations') == ['2']
        assert rows(c, 'SELECT id, name FROM customers ORDER BY id') == ['1|Ann', '2|Bob']
        assert rows(c, 'SELECT count(*) FROM orders') == ['0']
        assert rows(c, 'SELECT id, customer_id FROM notes ORDER BY id') == ['100|null', '101|null']
    } finally { c.close() }
} finally {
    standIn?.close()
}
return true
