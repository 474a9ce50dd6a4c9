import java.nio.file.*

def drizzle = basedir.toPath().resolve('drizzle')
def log = new File(basedir, 'build.log').text
def sqlFiles = drizzle.toFile().listFiles().findAll { it.name.endsWith('.sql') }*.name.sort()
assert sqlFiles == ['0000_init.sql', '0001_rename.sql', '0002_drop.sql']

// The refused runs named the problem and the way out, and wrote nothing (the numbering has no gaps).
assert log.contains('column "people"."full_name" appeared and "name" disappeared from table "people"')
assert log.contains('renamedFrom("old_name")')
assert log.contains('-Ddb.acceptDataLoss')
assert log.contains('This migration would lose data, and it was not acknowledged:')
assert log.contains('drop column "people"."age" and its values')

assert drizzle.resolve('0001_rename.sql').text == 'ALTER TABLE `people` RENAME COLUMN "name" TO "full_name";'
assert drizzle.resolve('0002_drop.sql').text == 'ALTER TABLE `people` DROP COLUMN `age`;'
return true
