import java.nio.file.*

def log = new File(basedir, 'build.log').text
def base = basedir.toPath()
assert base.resolve('pom-drizzle/0000_from_pom.sql').text.contains('CREATE TABLE `from_pom`')
assert base.resolve('cli-drizzle/0000_init.sql').text.contains('CREATE TABLE `from_cli`')
// Nothing of the second run went where the POM points.
assert base.resolve('pom-drizzle').toFile().list().sort() == ['0000_from_pom.sql', 'meta']
assert log.contains('[INFO] -Ddb.schema (command line) wins over <schema> in the POM.')
assert log.contains('[INFO] -Ddb.out (command line) wins over <out> in the POM.')
assert log.contains('[INFO] -Ddb.name (command line) wins over <name> in the POM.')
// Said only when the command line overrode something.
assert log.findAll(/wins over </).size() == 3
// A -Ddb.* that no goal reads is said to be ignored, from Maven's real user properties.
assert log.contains("[WARNING] -Ddb.tenantRegion is no setting of Godwit: ignored (mvn db:help -Ddetail lists every goal's settings).")
return true
