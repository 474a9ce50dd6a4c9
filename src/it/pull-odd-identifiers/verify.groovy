import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.introspect.Introspector
import java.nio.file.*

def log = new File(basedir, 'build.log').text
def src = basedir.toPath().resolve('src/main/java/it/odd')
def order = src.resolve('Order.java').text
assert order.contains('super("order")')
assert order.contains('"select"')
assert order.contains('"say \\"hi\\""')
assert order.contains('"back`tick"')
assert log.contains('No schema changes, nothing to migrate.')
assert log =~ /Applied 1 migration\(s\)/

def original = SqliteDatabase.open(basedir.toPath().resolve('.godwit/local.sqlite'))
def fresh = SqliteDatabase.open(basedir.toPath().resolve('fresh.sqlite'))
try {
    def a = Introspector.introspect(original)
    def b = Introspector.introspect(fresh)
    assert b == a
    assert a.tables()*.name().toSet() == ['order', 'line items', 'shipments'] as Set
    // The source database keeps its row, and its baseline is recorded as applied.
    assert original.query('SELECT count(*) AS n FROM "order"')[0].n == 1
    assert original.query('SELECT count(*) AS n FROM __drizzle_migrations')[0].n == 1
} finally { original.close(); fresh.close() }
return true
