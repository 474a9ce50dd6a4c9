import java.nio.file.*
import java.sql.*

def M = '--> statement-breakpoint'
def H = "it's `b` \"c\" [d] ; -- e /* f */\nüñ😀"
def log = new File(basedir, 'build.log').text
def drizzle = basedir.toPath().resolve('drizzle')
// Each step (a module, run in order) ended as it should; this project, the aggregator, last.
def reactor = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
reactor.expectOutcomes(['s1-init': 'SUCCESS', 's2-bad': 'FAILURE', 's3-rebuild': 'SUCCESS', 's4-verify': 'SUCCESS', 'generate-hostile-names': 'SUCCESS'])
assert drizzle.toFile().listFiles().findAll { it.name.endsWith('.sql') }*.name.sort() == ['0000_init.sql', '0001_rebuild.sql']

// The separator stands only between statements: every migrator cuts the files in the right places.
for (f in ['0000_init.sql', '0001_rebuild.sql']) {
    def text = drizzle.resolve(f).getText('UTF-8')
    for (int i = text.indexOf(M); i >= 0; i = text.indexOf(M, i + 1)) {
        assert i > 0 && (text.charAt(i - 1) == ';' as char || text.charAt(i - 1) == '\n' as char) && text.startsWith('\n', i + M.length()) : "$f at $i"
    }
}

// The refusal named the table and wrote nothing.
assert reactor.failure('s2-bad').contains('Cannot write a migration for this schema: table "t--> statement-breakpoint": the name holds drizzle\'s statement separator')
assert log.contains('Applied 1 migration(s)')

def rows(Connection c, String sql, Object... params) {
    def ps = c.prepareStatement(sql)
    params.eachWithIndex { p, i -> ps.setObject(i + 1, p) }
    def rs = ps.executeQuery()
    def out = []
    while (rs.next()) out << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
    out
}
def q = { String n -> '"' + n.replace('"', '""') + '"' }
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, '.godwit/local.sqlite'), new Properties())
try {
    assert rows(c, "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' ORDER BY name") ==
            ['A ' + H, 'B ' + H, 'idx ' + H, 'uq ' + H, 'view ' + H]
    assert rows(c, 'SELECT count(*) FROM __drizzle_migrations') == ['2']
    c.createStatement().execute('INSERT INTO ' + q('A ' + H) + ' (id, ' + q('added ' + H) + ') VALUES (1, 7)')
    assert rows(c, 'SELECT ' + q('col ' + H) + ' FROM ' + q('A ' + H)) == ['w ' + M + H]
    assert rows(c, 'SELECT k FROM ' + q('view ' + H)) == ['k ' + M + ' `x` "y"']
    assert rows(c, 'SELECT "table", on_delete FROM pragma_foreign_key_list(?)', 'B ' + H) == ['A ' + H + '|CASCADE']
} finally { c.close() }
assert log.contains(' match the schema (2 migration')
return true
