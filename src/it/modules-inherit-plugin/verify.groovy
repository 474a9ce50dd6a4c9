def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 5
runs.each { assert it.contains('BUILD SUCCESS') }
def parentSkip = { goal -> "Skipping db:$goal in modules-inherit-plugin: the schema (it.godwit.schema) is in module modules-inherit-plugin-schema, which runs db:$goal in this build." }
def appSkip = { goal -> "Skipping db:$goal in modules-inherit-plugin-app: the schema (it.godwit.schema) is in module modules-inherit-plugin-schema, which runs db:$goal in this build." }
// Run 1: one migration, in schema/drizzle; none at the top (the parent POM failed: "package it.godwit.schema declares no
// tables or views") nor in app/ (a second history of the same schema)
assert runs[0].contains(parentSkip('generate'))
assert runs[0].contains(appSkip('generate'))
assert runs[0].count('Wrote schema/drizzle/0000_init.sql') == 1
assert new File(basedir, 'schema/drizzle/0000_init.sql').text.contains('CREATE TABLE `users`')
assert !new File(basedir, 'drizzle').exists()
assert !new File(basedir, 'app/drizzle').exists()
// Runs 2 and 3: checked once, in schema/ (app/ said "Run mvn db:generate" of the folder app/drizzle it looked at)
[runs[1], runs[2]].each { run ->
    assert run.contains(parentSkip('verify'))
    assert run.contains(appSkip('verify'))
    assert run.count('match the schema (1 migration') == 1
}
// Run 2 also: the status of schema/drizzle, once
assert runs[1].contains(parentSkip('status'))
assert runs[1].count('0000_init') == 1
assert !new File(basedir, 'drizzle').exists()
assert !new File(basedir, 'app/drizzle').exists()
// Run 4: "Invalid schema: package it.godwit.schema declares no tables or views ... check the package name" failed the library's build
assert runs[3].contains('[WARNING] Skipping db:verify in modules-inherit-plugin-lib: the schema (it.godwit.schema) is in module modules-inherit-plugin-schema,'
        + ' which this run does not build: db:verify runs there (mvn -pl :modules-inherit-plugin-schema ..., or from the top-level folder without -pl).')
// Run 5: from lib/ (app/ said "Run mvn db:generate" of an app/drizzle, a second history)
assert runs[4].contains('BUILD SUCCESS')
assert runs[4].contains('[WARNING] Skipping db:verify in modules-inherit-plugin-lib: the schema (it.godwit.schema) is in module ../schema of the top-level POM,'
        + ' which lists the plugin for every module: db:verify runs there (cd ../schema, or from the top-level folder), not in a drizzle/ of this one.')
assert !new File(basedir, 'lib/drizzle').exists()
return true
