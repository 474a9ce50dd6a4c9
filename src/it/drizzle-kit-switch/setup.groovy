// The database as drizzle-orm's migrate() leaves it (drizzle-orm 0.45.4, better-sqlite3): each migration's statements cut
// at "--> statement-breakpoint", one history row per migration (sha256 of the file, the journal's "when"), in the table
// drizzle.config.ts's migrations.table named. Plus a table of another system that tablesFilter leaves out.
import groovy.json.JsonSlurper
import java.security.MessageDigest

def drizzle = new File(basedir, 'drizzle')
def journal = new JsonSlurper().parse(new File(drizzle, 'meta/_journal.json'))
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'local.sqlite'), new Properties())
try {
    c.autoCommit = false
    def st = c.createStatement()
    st.execute('CREATE TABLE IF NOT EXISTS "__app_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)')
    journal.entries.each { e ->
        def sql = new File(drizzle, e.tag + '.sql').getText('UTF-8')
        sql.split('--> statement-breakpoint').each { s -> if (s.trim()) st.execute(s) }
        def hash = MessageDigest.getInstance('SHA-256').digest(sql.getBytes('UTF-8')).encodeHex().toString()
        st.execute("INSERT INTO \"__app_migrations\" (hash, created_at) VALUES ('$hash', ${e.when})")
    }
    st.execute('CREATE TABLE legacy_kv (k text PRIMARY KEY, v text)')
    st.execute("INSERT INTO workspaces (id, name, slug) VALUES ('w1', 'Acme', 'acme')")
    c.commit()
} finally { c.close() }
return true
