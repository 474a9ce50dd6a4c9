def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 3
assert runs[0].contains('match the schema (1 migration')
// Run 2: the installed jar (v1, no Tags.class) is named with the source it lacks and the command that builds it in the run.
assert runs[1] =~ /The schema's classes come from module it\.godwit:verify-module-from-installed-jar-schema, and the jar this build gives for it, \S+verify-module-from-installed-jar-schema-1\.0\.jar \(written [^)]+\), is older than its sources, lacks their classes or holds classes whose source was deleted \([^)]*it\/godwit\/schema\/Tags\.java\)/
assert runs[1].contains('Build that module in the same run: mvn -pl app -am verify.')
assert !runs[1].contains('match the schema')
// Run 3: built in the same run, the table no migration holds.
assert runs[2].contains('the schema has changes that no migration holds')
assert runs[2].contains('create table "tags"')
return true
