// The archive is a speed-up only: the check is that the run itself worked.
def log = new File(basedir, 'build.log').text
assert log.contains('Wrote drizzle/0000_init.sql')
assert log.contains('Applied 1 migration(s)')
assert log.contains('Migrations in drizzle match the schema (1 migration')
return true
