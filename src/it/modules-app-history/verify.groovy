def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 3
runs.each { assert it.contains('BUILD SUCCESS') }
// Run 1: schema/ failed ("the schema has changes that no migration holds ... db:generate would write") and app/ was passed over
assert runs[0].contains('Skipping db:verify in modules-app-history-schema: the schema\'s migrations are in module modules-app-history-app (app/drizzle),'
        + ' not in schema/drizzle of this one; db:verify runs there in this build.')
assert runs[0].contains('Skipping db:verify in modules-app-history: the schema\'s migrations are in module modules-app-history-app (app/drizzle),'
        + ' not in drizzle of this one; db:verify runs there in this build.')
assert runs[0].count('Migrations in app/drizzle match the schema (1 migration') == 1
// Run 2: it said "Skipping db:generate in modules-app-history-app: the schema (it.godwit.schema) is in module ../schema ..."
assert !runs[1].contains('Skipping')
assert runs[1].contains('No schema changes, nothing to migrate.')
// Run 3: once, in app/
assert runs[2].count('No schema changes, nothing to migrate.') == 1
assert runs[2].contains('Skipping db:generate in modules-app-history-schema: the schema\'s migrations are in module modules-app-history-app (app/drizzle)')
// the schema's classes came from schema/target/classes: nothing was packaged in this run
assert !runs[2].contains('--- jar:')
assert !new File(basedir, 'schema/drizzle').exists()
assert !new File(basedir, 'drizzle').exists()
assert new File(basedir, 'app/drizzle/meta/_journal.json').text.count('"tag"') == 1
return true
