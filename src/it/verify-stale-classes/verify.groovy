def log = new File(basedir, 'build.log').text
assert new File(basedir, 'drizzle/0000_init.sql').text.contains('CREATE TABLE `users`')
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 3
// Run 2: refused before loading the stale classes, naming the edited source and the fix.
assert runs[1].contains('The compiled classes are older than their sources (it/godwit/schema/Posts.java)')
assert runs[1].contains('Run mvn compile db:verify, or mvn verify')
assert !runs[1].contains('match the schema')
// Run 3: with the sources compiled, the real problem shows; compile ran once.
assert runs[2].contains('the schema has changes that no migration holds')
assert runs[2].contains('create table "posts"')
assert runs[2].findAll(/--- compiler:[^ ]+:compile/).size() == 1
return true
