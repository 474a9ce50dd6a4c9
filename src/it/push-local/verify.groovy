import java.sql.*

def rows(Connection c, String sql) {
    def out = []
    def rs = c.createStatement().executeQuery(sql)
    while (rs.next()) out << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
    out
}
def log = new File(basedir, 'build.log').text
// Each step (a module, run in order) ended as it should; this project, the aggregator, last.
def reactor = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
reactor.expectOutcomes(['s1-push': 'SUCCESS', 's2-refused': 'FAILURE', 's3-force': 'SUCCESS', 'push-local': 'SUCCESS'])
assert log.contains('Pushing 4 change(s) to local SQLite file')
assert log.contains('  - add column "teams"."city"')
assert log =~ /No changes: local SQLite file .* already matches the schema\./
assert log.contains('drop column "players"."legacy_score" with 2 non-null value(s)')
assert log.contains('Nothing was changed. If the data may go, run again with -Ddb.force')
assert !new File(basedir, 'drizzle').exists()
// the way back, as db:apply keeps it: a copy of the file before each push that changes it
assert log =~ /Kept a copy of local\.sqlite before pushing: .*\.godwit\/backups\/local-[0-9a-f]{8}-/
assert log.contains('  to go back: mvn db:restore -Dlocal')
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, '.godwit/local.sqlite'), new Properties())
try {
    assert rows(c, 'SELECT id, name, city FROM teams ORDER BY id') == ['1|Owls|unknown', '2|Larks|unknown']
    assert rows(c, 'SELECT id, team_id, nick FROM players ORDER BY id') == ['10|1|ann', '11|1|bob', '12|2|cy']
    assert rows(c, "SELECT name FROM pragma_table_info('players') ORDER BY cid") == ['id', 'team_id', 'nick']
    assert rows(c, "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('players_nick_idx', 'teams_name_unique') ORDER BY name") == ['players_nick_idx', 'teams_name_unique']
    assert rows(c, 'PRAGMA foreign_key_check') == []
} finally { c.close() }
return true
