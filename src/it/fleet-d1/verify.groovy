import dev.godwit.engine.d1.D1FleetStandIn

def standIn = (D1FleetStandIn) dev.godwit.engine.d1.ItHandover.take(basedir.name)
try {
    def log = new File(basedir, 'build.log').text
    assert !log.contains('fleet-it-token-777')
    def tenants = (1..12).collect { standIn.createDatabase(String.format('tenant-%04d', it)) }
    def others = (1..3).collect { standIn.createDatabase(String.format('other-%04d', it)) }
    // Faults were injected, and still every tenant holds each migration exactly once, with its tables.
    assert standIn.injected500Count() + standIn.injectedDropCount() > 0
    tenants.each { id ->
        assert standIn.rows(id, 'SELECT count(*), count(DISTINCT created_at) FROM __drizzle_migrations') == ['3|3']
        assert standIn.rows(id, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('t1', 't2', 't3')") == ['3']
    }
    // Run 2 named the missing database; run 3 found the nine done up to date and completed the rest.
    assert log.contains('no database named "tenant-missing"')
    assert log =~ /Fleet apply: 12 database\(s\) in .*0 failed/
    assert log =~ /by status: applied 3, up-to-date 9/
    // Status over all 15: twelve at the last migration, three with none, listed as behind.
    assert log =~ /Fleet status: 15 database\(s\)/
    assert log =~ /\(none\)\s+3\s+\(behind\)/
    assert log =~ /0002_step3\s+12\s+\(latest\)/
    // The canary: other-0001 failed at the third migration and stays at the second; the others were not touched.
    assert log.contains('the canary failed')
    assert log.contains('other-0001')
    assert standIn.rows(others[0], 'SELECT count(*) FROM __drizzle_migrations') == ['2']
    others[1..2].each { id -> assert standIn.rows(id, "SELECT count(*) FROM sqlite_master WHERE name = '__drizzle_migrations'") == ['0'] }
    // One report per run.
    def reports = new File(basedir, 'target/godwit').listFiles().findAll { it.name ==~ /fleet-.*\.json/ }
    assert reports.size() == 5
    assert reports.every { !it.text.contains('fleet-it-token-777') }
} finally {
    standIn?.close()
}
return true
