def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 3
runs.each { assert it.contains('BUILD SUCCESS') }
// Run 1: one migration, in schema/drizzle; none at the top nor in lib/
assert runs[0].contains('Skipping db:generate in maven4-subprojects: the schema (it.godwit.m4.schema) is in module maven4-subprojects-schema,'
        + ' which runs db:generate in this build.')
assert runs[0].count('Wrote schema/drizzle/0000_init.sql') == 1
assert new File(basedir, 'schema/drizzle/0000_init.sql').text.contains('CREATE TABLE `users`')
// Run 2: from lib/, the sibling listed as a subproject is found
assert runs[1].contains('[WARNING] Skipping db:verify in maven4-subprojects-lib: the schema (it.godwit.m4.schema) is in module ../schema of the'
        + ' top-level POM, which lists the plugin for every module: db:verify runs there (cd ../schema, or from the top-level folder), not in a'
        + ' drizzle/ of this one.')
// Run 3: checked once, in schema/
assert runs[2].count('match the schema (1 migration') == 1
assert !new File(basedir, 'drizzle').exists()
assert !new File(basedir, 'lib/drizzle').exists()
return true
