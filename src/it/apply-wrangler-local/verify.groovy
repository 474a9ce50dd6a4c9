import java.nio.file.*

def rows(java.sql.Connection c, String sql) {
    def out = []
    def rs = c.createStatement().executeQuery(sql)
    while (rs.next()) out << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
    out
}
def log = new File(basedir, 'build.log').text
// The file wrangler 4.164 itself creates for database_id 4f6c2e1a-... (see WranglerStateTest).
def file = basedir.toPath().resolve('.wrangler/state/v3/d1/miniflare-D1DatabaseObject/9012a4b3b6b243473659919618b483fabca418d76b3f562eb4b95afb659f80d8.sqlite')
assert Files.exists(file)
// named as db:restore names it: the file's name, a hash, says nothing of which database it is
assert log.contains("Applying 2 migration(s) to wrangler's local D1 file for 4f6c2e1a-1234-4bcd-9abc-0123456789ab, " + file.toAbsolutePath().normalize())
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + file, new Properties())
try {
    assert rows(c, 'SELECT id, name FROM d1_migrations ORDER BY id') == ['1|0000_init.sql', '2|0001_email.sql']
    assert rows(c, "SELECT count(*) FROM sqlite_master WHERE name = '__drizzle_migrations'") == ['0']
} finally { c.close() }
assert log =~ /0000_init\s+applied/
assert log =~ /0001_email\s+applied/
// wrangler's --remote typed as a Maven property beside the local file's setting: Maven passed it on unread and the run worked on
// the local file; refused before anything runs (the history above is as step 1 left it)
assert log.contains('-Dremote is no setting of Godwit, so Maven passes it on unread, and this run would work on the local file'
        + ' (-Ddb.local.d1=4f6c2e1a-1234-4bcd-9abc-0123456789ab picks it), not on Cloudflare D1; wrangler too refuses --remote with --local.'
        + ' Keep -Ddb.local.d1=4f6c2e1a-1234-4bcd-9abc-0123456789ab for the local file, or leave both out for Cloudflare D1 (the default).'
        + ' Nothing was done.')
return true
