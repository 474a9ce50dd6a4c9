import dev.godwit.engine.db.SqliteDatabase
import dev.godwit.engine.introspect.Introspector

def log = new File(basedir, 'build.log').text
def yaml = new File(basedir, 'src/main/db/schema.yaml').text
assert yaml.contains('  - name: "order"\n')
assert yaml.contains('- {name: "say \\"hi\\"", type: text}')
assert yaml.contains('- {name: "back`tick", type: integer, default: 0}')
assert yaml.startsWith("# Written by Godwit's db:pull.\ntables:\n")
assert yaml.contains('- {name: "pending shipments", columns: ["shipped_at"], where: "shipped_at IS NULL"}')
assert !new File(basedir, 'src/main/java').exists()
assert log.contains('into the YAML descriptor ')
assert log.contains('Next: set <schema>src/main/db/schema.yaml</schema>')
assert log.contains('No schema changes, nothing to migrate.')
assert log =~ /Applied 1 migration\(s\)/

def original = SqliteDatabase.open(basedir.toPath().resolve('.godwit/local.sqlite'))
def fresh = SqliteDatabase.open(basedir.toPath().resolve('fresh.sqlite'))
try {
    assert Introspector.introspect(fresh) == Introspector.introspect(original)
    assert original.query('SELECT count(*) AS n FROM __drizzle_migrations')[0].n == 1
} finally { original.close(); fresh.close() }
return true
