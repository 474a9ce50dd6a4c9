import java.sql.*

def rows(Connection c, String sql) {
    def out = []
    def rs = c.createStatement().executeQuery(sql)
    while (rs.next()) out << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
    out
}
def log = new File(basedir, 'build.log').text
// The log of each mvn run, in order (each starts by scanning for projects).
def runs = log.split(/Scanning for projects/).drop(1)
assert runs.size() == 3
// Run 2's goal executions, in order (each from its "--- db:..." header to the next), named by goal and execution id.
def steps = runs[1].split(/(?=\[INFO\] --- db:)/).drop(1).collectEntries { [(it =~ /^\[INFO\] --- db:[^:]+:(\S+ \(\S+\))/)[0][1], it] }
assert steps.keySet() as List == ['generate (default-cli)', 'verify (default)', 'apply (default-cli)']

// 1: mvn verify names the custom migration, the change its snapshot lacks, and the one step.
assert runs[0].contains('[ERROR] - drizzle/0001_rename.sql, a custom migration, changes the schema, which its snapshot '
        + '(drizzle/meta/0001_snapshot.json, a copy of the one before, as db:generate -Ddb.custom writes it) does not record:')
assert runs[0].contains('[ERROR]     - rename column "users"."name" to "full_name"')
assert runs[0].contains('[ERROR]   Run mvn db:generate: it records what 0001_rename.sql makes in its snapshot')
assert !runs[0].contains('DROP COLUMN')
assert runs[0].contains('BUILD FAILURE')

// 2, first: db:generate records it in the snapshot, says so, and writes no migration.
assert steps['generate (default-cli)'].contains('[WARNING] 0001_rename.sql, a custom migration, changes the schema (rename column "users"."name" to "full_name"): '
        + 'its snapshot now records what it makes, so db:generate does not write that change again')
assert steps['generate (default-cli)'].contains('[INFO] No schema changes, nothing to migrate.')
assert !steps['generate (default-cli)'].contains('Wrote ')
def drizzle = new File(basedir, 'drizzle')
assert drizzle.list().findAll { it.endsWith('.sql') }.sort() == ['0000_init.sql', '0001_rename.sql']
def snapshot = new groovy.json.JsonSlurper().parse(new File(drizzle, 'meta/0001_snapshot.json'))
assert snapshot.tables.users.columns.keySet() as List == ['id', 'full_name', 'email']
assert snapshot._meta.columns == ['"users"."name"': '"users"."full_name"']
assert !new File(drizzle, 'meta/_sums/0001_rename.sha256').exists()   // still a custom migration: its SQL is the developer's

// 2, then: the folder now passes.
assert steps['verify (default)'] =~ /Migrations in drizzle match the schema \(2 migrations, checked in \d+ ms\)/
assert runs[1].contains('BUILD SUCCESS')

// 2, last: the rename applied to the file holding rows: both rows kept, under the new name.
assert steps['apply (default-cli)'].contains('no rows removed or rewritten')
assert steps['apply (default-cli)'].contains('Applied 1 migration(s)')
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, '.godwit/local.sqlite'), new Properties())
try {
    assert rows(c, 'SELECT id, full_name, email FROM users ORDER BY id') == ['1|Ann|ann@example.com', '2|Bob|null']
    assert rows(c, 'SELECT count(*) FROM __drizzle_migrations') == ['2']
} finally { c.close() }

// 3: checked again, nothing is left to record or write.
assert runs[2].contains('[INFO] No schema changes, nothing to migrate.')
assert !runs[2].contains('[WARNING]')
assert !runs[2].contains('Wrote ')
return true
