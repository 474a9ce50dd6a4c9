// The archive is a speed-up only: the check is that the run itself worked.
def log = new File(basedir, 'build.log').text
assert log.contains('Building jar:')
assert log.contains('Wrote drizzle/0000_init.sql')
assert log.contains('Migrations in drizzle match the schema (1 migration')
assert log.contains('Wrote yaml-drizzle/0000_init.sql')
assert log.contains('Migrations in yaml-drizzle match the schema (1 migration')
assert log.count('Applied 1 migration(s)') == 2
return true
