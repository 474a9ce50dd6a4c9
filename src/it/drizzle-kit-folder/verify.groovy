import java.nio.file.*
import java.sql.*

def drizzle = basedir.toPath().resolve('drizzle')
def log = new File(basedir, 'build.log').text
assert log.contains('match the schema (4 migrations')
assert log.contains('No schema changes, nothing to migrate.')
assert drizzle.resolve('0004_note.sql').text == 'ALTER TABLE `products` ADD `note` text;'
def journal = drizzle.resolve('meta/_journal.json').text
assert journal.contains('"tag": "0003_step3"') && journal.contains('"tag": "0004_note"')

def db = basedir.toPath().resolve('.godwit/local.sqlite')
assert Files.exists(db)
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + db, new Properties())
try {
    def rs = c.createStatement().executeQuery('SELECT count(*) FROM __drizzle_migrations')
    rs.next(); assert rs.getInt(1) == 5
    rs = c.createStatement().executeQuery("SELECT sql FROM sqlite_master WHERE name = 'products'")
    rs.next()
    def ddl = rs.getString(1)
    assert ddl.contains('`note` text') && ddl.contains('CHECK("products"."discount" <= "products"."price")')
} finally { c.close() }
return true
