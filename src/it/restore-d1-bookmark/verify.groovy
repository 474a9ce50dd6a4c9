def rows(java.sql.Connection c, String sql) {
    def out = []
    def rs = c.createStatement().executeQuery(sql)
    while (rs.next()) out << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
    out
}
def standIn = dev.godwit.engine.d1.ItHandover.take(basedir.name)
def bookmarks = standIn.bookmarks()
def endpoint = standIn.endpoint()
standIn.close()
def log = new File(basedir, 'build.log').text
// versions: 1 empty, 2 people with rows (setup), 3 after the bad migration (the history table is created in its transaction),
// 4 after the restore
def before = bookmarks[1]
assert log.contains('Time Travel bookmark of D1 database db-r before this apply: ' + before)
// the database picked on the command line goes along, or the command would restore another one
// the endpoint too (here the D1 stand-in's): without it the printed command would go to Cloudflare's API
assert log.contains('  to go back: mvn db:restore -Ddb.bookmark=' + before + ' -Ddb.d1.databaseId=db-r -Ddb.d1.endpoint=' + endpoint + '\n')
assert log.contains('          or: wrangler d1 time-travel restore db-r --bookmark=' + before)
// without -Ddb.force in batch mode: refused, nothing changed (the restore that follows replaced the bad version)
assert log.contains('db:restore replaces all of the contents of Cloudflare D1 database db-r (db-r) with bookmark ' + before + '. In batch mode it needs -Ddb.force to go ahead; nothing was changed.')
assert log.contains('Restored db-r to bookmark ' + before + '.')
def bad = bookmarks[2]
assert bookmarks.size() == 4
assert log.contains('The bookmark it replaced: ' + bad)
assert log.contains('  to undo this restore: mvn db:restore -Ddb.bookmark=' + bad + ' -Ddb.d1.endpoint=' + endpoint + ' -Ddb.force')
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'd1.sqlite'), new Properties())
try {
    assert rows(c, "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE '_cf_%' ORDER BY name") == [
            'table|people|CREATE TABLE `people` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL, `email` text)',
            'index|people_name_unique|CREATE UNIQUE INDEX `people_name_unique` ON `people` (`name`)']
    assert rows(c, 'SELECT id, name, email FROM people ORDER BY id') == ['1|Ada|ada@example.com', '2|Grace|null', '3|Edsger|ewd@example.com']
} finally { c.close() }
assert !log.contains('restore-token-77')
return true
