import java.nio.file.*

def rows(java.sql.Connection c, String sql) {
    def out = []
    def rs = c.createStatement().executeQuery(sql)
    while (rs.next()) out << (1..rs.metaData.columnCount).collect { rs.getString(it) }.join('|')
    out
}
def staging = dev.godwit.engine.d1.ItHandover.take(basedir.name + '.staging')
def production = dev.godwit.engine.d1.ItHandover.take(basedir.name + '.production')
def preview = dev.godwit.engine.d1.ItHandover.take(basedir.name + '.preview')
def previewBookmarks = preview.bookmarks()
preview.close()
def stagingBookmarks = staging.bookmarks()
def productionBookmarks = production.bookmarks()
staging.close()
production.close()
def log = new File(basedir, 'build.log').text

['staging', 'production', 'preview'].each { env ->
    def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, env + '.sqlite'), new Properties())
    try {
        // wrangler's layout under the custom migrations_table, every .sql file in name order, the wrangler-made one included
        assert rows(c, "SELECT name FROM pragma_table_info('schema_history') ORDER BY cid") == ['id', 'name', 'applied_at']
        assert rows(c, 'SELECT id, name FROM schema_history ORDER BY id') == ['1|0000_init.sql', '2|0001_email.sql', '3|0002_seed_people.sql']
        assert rows(c, "SELECT count(*) FROM sqlite_master WHERE name IN ('__drizzle_migrations', 'd1_migrations')") == ['0']
        assert rows(c, 'SELECT id, name, email FROM people ORDER BY id') == ['1|Ada|ada@example.com', '2|Grace|grace@example.com']
    } finally { c.close() }
}
// Time Travel: the bookmark each database had before the apply changed anything (version 1: the empty database),
// and the commands that restore it
assert log.contains('Time Travel bookmark of D1 database shop-staging before this apply: ' + stagingBookmarks[0])
assert log.contains('  to go back: mvn db:restore -Ddb.bookmark=' + stagingBookmarks[0] + ' -Ddb.env=staging')
assert log.contains('          or: wrangler d1 time-travel restore shop-staging --bookmark=' + stagingBookmarks[0] + ' --env staging')
assert log.contains('Time Travel bookmark of D1 database shop-production before this apply: ' + productionBookmarks[0])
assert log.contains('Applying 3 migration(s) to Cloudflare D1 database 5d1c7b3e-1111-4111-8111-0000000stage')
assert log.contains('Applying 3 migration(s) to Cloudflare D1 database 9e2f4a6b-2222-4222-8222-00000000prod')
// db:status says where each value came from
assert log.contains('environment: staging (from -Ddb.env)')
assert log.contains('database id: 5d1c7b3e-1111-4111-8111-0000000stage (from wrangler.toml [env.staging] d1_databases binding DB database_id)')
assert log.contains('account id: acct-wrangler (from wrangler.toml account_id (top level, inherited by [env.staging]))')
assert log.contains('history table: schema_history (wrangler\'s layout) (from wrangler.toml [env.staging] d1_databases binding DB migrations_table)')
assert log.contains('API token: **** (from the environment variable CLOUDFLARE_D1_TOKEN)')
assert log =~ /0002_seed_people\s+applied/
// an unknown environment is a build error naming the environments
assert log.contains('-Ddb.env=qa: ' + basedir.toPath().resolve('wrangler.toml').toAbsolutePath().normalize() + ' has no [env.qa]; its environments: staging, production.')
// -Ddb.d1.preview: [env.staging]'s preview database, named by its id (shop-staging is the binding's own database in wrangler's
// commands, and time-travel has no --preview); the printed restore carries the flag
def previewId = '7a3e9c1d-3333-4333-8333-00000preview'
assert log.contains('Applying 3 migration(s) to Cloudflare D1 database ' + previewId)
assert log.contains('  to go back: mvn db:restore -Ddb.bookmark=' + previewBookmarks[0] + ' -Ddb.env=staging -Ddb.d1.preview')
assert log.contains('          or: wrangler d1 time-travel restore ' + previewId + ' --bookmark=' + previewBookmarks[0] + ' --env staging')
assert log.contains('-Ddb.d1.preview: wrangler.toml [env.production] d1_databases binding DB has no preview_database_id, so there is no'
        + ' preview database to work on; wrangler d1 migrations apply shop-production --remote --preview refuses it too.')
// wrangler's --env and --preview typed as Maven properties: Maven passed them on unread, and the run went to the top level's
// database, or the binding's own; refused before any request, naming the setting meant
assert log.contains('-Denv=production is no setting of Godwit, so Maven passes it on unread, and this run would work on wrangler.toml'
        + ' (top level), D1 database DB (database_name shop-dev), not on [env.production]\'s. Godwit\'s setting for wrangler\'s --env is'
        + ' -Ddb.env: give -Ddb.env=production instead. Nothing was done.')
assert log.contains('-Dpreview is no setting of Godwit, so Maven passes it on unread, and this run would work on the binding\'s own'
        + ' database, not its preview_database_id. Godwit\'s setting for wrangler\'s --preview is -Ddb.d1.preview: give that instead.')
assert !log.contains('env-token-staging-and-prod-31')
return true
