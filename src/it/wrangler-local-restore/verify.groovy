import java.nio.file.*

def rows(Path file, String sql) {
    def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + file, new Properties())
    try {
        def out = []
        def rs = c.createStatement().executeQuery(sql)
        while (rs.next()) out << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
        out
    } finally { c.close() }
}
def log = new File(basedir, 'build.log').text
def base = basedir.toPath().toAbsolutePath().normalize()
def state = base.resolve('.wrangler/state/v3/d1/miniflare-D1DatabaseObject')
def top = state.resolve('7984479d3d1c7b07c950007b2c85d540378d79f9a89682d7c7c8a5674d3f0fd2.sqlite')
// 1: the wrangler-made 0002_wipe.sql applied to wrangler's own file, after a copy was kept
// named with the binding and environment that chose it, as db:restore names it (the hash alone said nothing of which it is)
assert log.contains("Applying 1 migration(s) to wrangler's local D1 file of wrangler.jsonc (top level) d1_databases binding DB (shop-dev), " + top)
assert log =~ /0002_wipe\s+2 statements/
def backups = Files.list(base.resolve('.godwit/backups')).collect { it.fileName.toString() }.sort()
def kept = backups.find { it ==~ /7984479d3d1c7b07c950007b2c85d540378d79f9a89682d7c7c8a5674d3f0fd2-[0-9a-f]{8}-\d{8}T\d{6}\.\d{3}Z\.sqlite/ }
assert kept != null : backups
assert log.contains('Kept a copy of 7984479d3d1c7b07c950007b2c85d540378d79f9a89682d7c7c8a5674d3f0fd2.sqlite before applying: ' + base.resolve('.godwit/backups/' + kept))
// the top level of a config with environments is named as such (-Ddb.env=, wrangler's --env ''): pasted where CLOUDFLARE_ENV
// names staging, a bare -Dlocal restored staging's file
assert log.contains('  to go back: mvn db:restore -Dlocal -Ddb.env= (the latest copy; -Ddb.backup=FILE for another)')
// 1, then: restored exactly: schema, rows, wrangler's history
// named with the binding and environment that chose it: the file's name, a hash, says nothing of which database it is
assert log.contains('Restored 7984479d3d1c7b07c950007b2c85d540378d79f9a89682d7c7c8a5674d3f0fd2.sqlite (wrangler\'s local D1 file of wrangler.jsonc'
        + ' (top level) d1_databases binding DB (shop-dev)) to the copy ' + kept + '.')
def undo = backups.find { it.contains('-before-restore-') }
assert undo != null : backups
assert log.contains('  to undo this restore: mvn db:restore -Dlocal -Ddb.env= -Ddb.backup=' + base.resolve('.godwit/backups/' + undo) + ' -Ddb.force\n')
assert rows(top, "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name") ==
        ['table|d1_migrations', 'table|people', 'index|people_email_unique']
assert rows(top, 'SELECT id, name, email FROM people ORDER BY id') == ['1|Ada|ada@example.com', '2|Grace|null']
assert rows(top, 'SELECT id, name, applied_at FROM d1_migrations ORDER BY id') == ['1|0000_init.sql|2026-11-01 10:00:00', '2|0001_email.sql|2026-11-02 10:00:00']
// 2: -Ddb.env=staging: that env's file (wrangler 4.164's name for database_id c020574a-...), all three in wrangler's layout
def staging = state.resolve('6677b72d0a0777966e6f7bb763d759fe665e01920e156b51edacef47053f4da4.sqlite')
assert rows(staging, 'SELECT id, name FROM d1_migrations ORDER BY id') == ['1|0000_init.sql', '2|0001_email.sql', '3|0002_wipe.sql']
// 3: drizzle's layout: the file without a journal entry stops db:apply, named; nothing applied
assert log.contains('SQL file(s) without a journal entry in migrations: 0002_wipe.sql.')
// staging's binding is remote ("remote": true): the local apply works on the file, and says wrangler dev does not read it (once)
assert log.count('[WARNING] wrangler.jsonc: d1_databases binding DB has remote = true, so wrangler dev (unless run with --local) works on the database "shop-staging" on Cloudflare D1 for it, not on this local file (') == 1
assert log.contains('6677b72d0a0777966e6f7bb763d759fe665e01920e156b51edacef47053f4da4.sqlite). This goal works on the local file')
assert rows(base.resolve('.godwit/drizzle-layout.sqlite'), "SELECT count(*) FROM sqlite_master") == ['0']
return true
