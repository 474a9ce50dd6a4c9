import java.sql.*

def log = new File(basedir, 'build.log').text
def sql = new File(basedir, 'drizzle/0000_init.sql').text
assert sql.contains('CREATE TABLE `users`')
assert sql.contains('CREATE TABLE `workspaces`')
assert log.contains('Wrote drizzle/0000_init.sql')
assert log =~ /Applied 1 migration\(s\)/
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, '.godwit/local.sqlite'), new Properties())
try {
    def rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('users', 'workspaces') ORDER BY name")
    def names = []
    while (rs.next()) names << rs.getString(1)
    assert names == ['users', 'workspaces']
} finally { c.close() }
return true
