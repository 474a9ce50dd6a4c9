def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 4
runs.take(3).each { assert it.contains('BUILD SUCCESS') }
// Run 1: the parent POM and the schema module pass the goal over, naming the module it runs in; app writes the migration.
assert runs[0].contains('Skipping db:generate in generate-from-top-level: it does not list godwit-maven-plugin in its <build><plugins>; it runs in generate-from-top-level-app, which does.')
assert runs[0].contains('Skipping db:generate in generate-from-top-level-schema: it does not list godwit-maven-plugin in its <build><plugins>; it runs in generate-from-top-level-app, which does.')
assert runs[0].count('--- db:') == 3
// app/ was handed schema/target/classes, as the README's command gives it: nothing was packaged in this run (a jar of schema/
// would have been app/'s class path instead)
assert !runs[0].contains('--- jar:')
def sql = new File(basedir, 'drizzle/0000_init.sql').text
assert sql.contains('CREATE TABLE `users`')
assert sql.contains('CREATE TABLE `tags`')
assert !new File(basedir, 'app/drizzle').exists()
assert !new File(basedir, 'schema/drizzle').exists()
// the schema module was never installed: its classes came from schema/target/classes in the same run
assert !new File(localRepositoryPath, 'it/godwit/generate-from-top-level-schema').exists()
// Run 2: db:verify is bound in app only (not in the parent POM or the schema module), and passes.
assert runs[1].contains('match the schema (1 migration')
assert runs[1].count('--- db:') == 1
// Run 3: db:status reads the folder at the top.
assert runs[2].contains('0000_init')
// Run 4: the schema has a change no migration holds; the failure's way on works from the top-level folder.
assert runs[3].contains('BUILD FAILURE')
assert runs[3].contains('create table "notes"')
assert runs[3].contains('Run mvn db:generate and commit the new migration.')
assert runs[3].contains('In this multi-module build, run db:generate from the top-level folder as mvn -pl app -am compile db:generate:'
        + ' generate-from-top-level-app depends on generate-from-top-level-schema, a module of the build, and mvn db:generate alone'
        + ' looks for that module\'s jar in the local repository')
return true
