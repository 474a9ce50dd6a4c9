// The local D1 database as `wrangler d1 migrations apply DB --local` left it after 0000 and 0001, plus rows the app wrote.
import java.nio.file.*

def dir = basedir.toPath().resolve('.wrangler/state/v3/d1/miniflare-D1DatabaseObject')
Files.createDirectories(dir)
// wrangler 4.164's name for preview_database_id 9e8d7c6b-... (see WranglerStateTest)
def file = dir.resolve('7984479d3d1c7b07c950007b2c85d540378d79f9a89682d7c7c8a5674d3f0fd2.sqlite')
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + file, new Properties())
try {
    def s = c.createStatement()
    s.execute('CREATE TABLE d1_migrations(\n\t\tid         INTEGER PRIMARY KEY AUTOINCREMENT,\n\t\tname       TEXT UNIQUE,\n\t\tapplied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL\n)')
    s.execute(new File(basedir, 'migrations/0000_init.sql').text)
    new File(basedir, 'migrations/0001_email.sql').text.split('--> statement-breakpoint').each { s.execute(it) }
    s.execute("INSERT INTO d1_migrations (name, applied_at) VALUES ('0000_init.sql', '2026-11-01 10:00:00'), ('0001_email.sql', '2026-11-02 10:00:00')")
    s.execute("INSERT INTO people VALUES (1, 'Ada', 'ada@example.com'), (2, 'Grace', NULL)")
} finally { c.close() }
return true
