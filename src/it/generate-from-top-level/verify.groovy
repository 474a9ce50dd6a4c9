def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 3
runs.take(2).each { assert it.contains('BUILD SUCCESS') }
// Run 1: the parent POM and the schema module pass the goal over, naming the module it runs in; app writes the migration.
assert runs[0].contains('Skipping db:generate in generate-from-top-level: it does not list godwit-maven-plugin in its <build><plugins>; it runs in generate-from-top-level-app, which does.')
assert runs[0].contains('Skipping db:generate in generate-from-top-level-schema: it does not list godwit-maven-plugin in its <build><plugins>; it runs in generate-from-top-level-app, which does.')
assert (runs[0] =~ /--- db:\S+:generate /).size() == 3
def sql = new File(basedir, 'drizzle/0000_init.sql').text
assert sql.contains('CREATE TABLE `users`')
assert sql.contains('CREATE TABLE `tags`')
assert !new File(basedir, 'app/drizzle').exists()
assert !new File(basedir, 'schema/drizzle').exists()
// the schema module was never installed: its classes came from schema/target/classes in the same run
assert !new File(localRepositoryPath, 'it/godwit/generate-from-top-level-schema').exists()
// Run 1, then (its verify phase): db:verify is bound in app only (not in the parent POM or the schema module), and passes.
def verified = runs[0].substring(runs[0].lastIndexOf(':generate (default-cli)'))
assert verified.contains('match the schema (1 migration')
assert (runs[0] =~ /--- db:\S+:verify /).size() == 1
assert runs[0].count('--- db:') == 4
// Run 2: db:status reads the folder at the top.
assert runs[1].contains('0000_init')
// Run 3: the schema has a change no migration holds; the failure's way on works from the top-level folder.
assert runs[2].contains('BUILD FAILURE')
assert runs[2].contains('create table "notes"')
assert runs[2].contains('Run mvn db:generate and commit the new migration.')
assert runs[2].contains('In this multi-module build, run db:generate from the top-level folder as mvn -pl app -am compile db:generate:'
        + ' generate-from-top-level-app depends on generate-from-top-level-schema, a module of the build, and mvn db:generate alone'
        + ' looks for that module\'s jar in the local repository')
return true
