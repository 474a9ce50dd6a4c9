import java.sql.*

def rows(Connection c, String sql) {
    def out = []
    def rs = c.createStatement().executeQuery(sql)
    while (rs.next()) out << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
    out
}
def log = new File(basedir, 'build.log').text
assert log.contains('db:push will run on local SQLite file')
assert log.contains('The database already matches the schema: nothing to push.')
assert log.contains('drop column "players"."legacy_score" with 2 value(s)')
assert log.contains('-Ddb.force')
assert !new File(basedir, 'drizzle').exists()
def c = DriverManager.getConnection('jdbc:sqlite:' + new File(basedir, '.godwit/local.sqlite'))
try {
    assert rows(c, 'SELECT id, name, city FROM teams ORDER BY id') == ['1|Owls|unknown', '2|Larks|unknown']
    assert rows(c, 'SELECT id, team_id, nick FROM players ORDER BY id') == ['10|1|ann', '11|1|bob', '12|2|cy']
    assert rows(c, "SELECT name FROM pragma_table_info('players') ORDER BY cid") == ['id', 'team_id', 'nick']
    assert rows(c, "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('players_nick_idx', 'teams_name_unique') ORDER BY name") == ['players_nick_idx', 'teams_name_unique']
    assert rows(c, 'PRAGMA foreign_key_check') == []
} finally { c.close() }
return true
