def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 3
// Run 1: BUILD SUCCESS before, app's verify passed over and nothing checked
assert runs[0].contains('BUILD FAILURE')
assert !runs[0].contains('Skipping db:verify in modules-execution-in-app-app')
assert runs[0].contains('on project modules-execution-in-app-app: The migrations do not match the schema')
// Run 2
assert runs[1].contains('BUILD SUCCESS')
assert runs[1].contains('Wrote schema/drizzle/0000_init.sql')
assert !new File(basedir, 'app/drizzle').exists()
// Run 3: it said the schema had changes no migration holds (of app/drizzle), and to run db:generate
assert runs[2].contains('BUILD FAILURE')
assert runs[2].contains('db:verify runs in modules-execution-in-app-app, whose sources and app/drizzle hold neither the schema (it.godwit.schema)'
        + ' nor its migrations: they are in module modules-execution-in-app-schema (schema/drizzle, where db:generate writes them), which declares'
        + ' no execution of db:verify. Declare the <execution> of verify on the plugin in the top-level POM (every module inherits it; it runs in'
        + ' modules-execution-in-app-schema) or in modules-execution-in-app-schema\'s pom.xml, instead of in modules-execution-in-app-app\'s. Nothing was checked.')
return true
