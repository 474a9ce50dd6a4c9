import java.sql.*

def rows(Connection c, String sql) {
    def out = []
    def rs = c.createStatement().executeQuery(sql)
    while (rs.next()) out << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
    out
}
def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'drizzle').listFiles().findAll { it.name.endsWith('.sql') }.size()
assert migrations >= 1
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, '.godwit/local.sqlite'), new Properties())
try {
    def tables = rows(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations' ORDER BY name")
    assert tables.size() == 37
    ['users', 'workspaces', 'agents', 'agent_versions', 'traces', 'evals', 'jobs', 'tasksets', 'taskset_run_results', 'tools'].each { assert tables.contains(it) }
    assert rows(c, 'SELECT count(*) FROM __drizzle_migrations') == ["$migrations"]
    assert rows(c, 'PRAGMA foreign_key_check') == []
} finally { c.close() }
assert log.contains("Applied $migrations migration(s)")
assert log =~ /Nothing to apply, local SQLite file .* is up to date \($migrations migration${migrations == 1 ? "" : "s"} applied\)/
assert log =~ /Migrations in drizzle match the schema \($migrations migration${migrations == 1 ? '' : 's'}, checked in \d+ ms\)/
return true
