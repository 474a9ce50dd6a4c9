import java.nio.file.*

def drizzle = basedir.toPath().resolve('drizzle')
def log = new File(basedir, 'build.log').text
// Each step (a module, run in order) ended as it should; this project, the aggregator, last.
def reactor = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
reactor.expectOutcomes(['s01-init': 'SUCCESS', 's02-undeclared-rename': 'FAILURE', 's03-rename': 'SUCCESS', 's04-drop-refused': 'FAILURE',
                   's05-drop': 'SUCCESS', 's06-seed': 'SUCCESS', 's07-nothing': 'SUCCESS', 's08-loss-alone': 'FAILURE',
                   's09-not-renames-alone': 'FAILURE', 's10-handle': 'SUCCESS', 'generate-yaml-refusals': 'SUCCESS'])
// Each refusal is the step's own.
assert reactor.failure('s02-undeclared-rename').contains('column "people"."full_name" appeared and "name" disappeared from table "people"')
assert reactor.failure('s04-drop-refused').contains('This migration would lose data, and it was not acknowledged:')
assert reactor.failure('s08-loss-alone').contains('column "people"."handle" appeared and "nick" disappeared from table "people"')
assert reactor.failure('s09-not-renames-alone').contains('This migration would lose data, and it was not acknowledged:')

def sqlFiles = drizzle.toFile().listFiles().findAll { it.name.endsWith('.sql') }*.name.sort()
assert sqlFiles == ['0000_init.sql', '0001_rename.sql', '0002_drop.sql', '0003_seed.sql', '0004_handle.sql']

// The refused runs named the problem and the way out, and wrote nothing (the numbering has no gaps).
assert log.contains('column "people"."full_name" appeared and "name" disappeared from table "people"')
assert log.contains('renamedFrom("old_name")')
assert log.contains('-Ddb.acceptDataLoss')
assert log.contains('This migration would lose data, and it was not acknowledged:')
assert log.contains('drop column "people"."age" and its values')

assert drizzle.resolve('0001_rename.sql').text == 'ALTER TABLE `people` RENAME COLUMN "name" TO "full_name";'
assert drizzle.resolve('0002_drop.sql').text == 'ALTER TABLE `people` DROP COLUMN `age`;'

// -Ddb.custom: drizzle-kit's placeholder, a snapshot equal to the previous schema, a journal entry.
assert drizzle.resolve('0003_seed.sql').text == '-- Custom SQL migration file, put your code below! --\n'
assert log.contains('Wrote drizzle/0003_seed.sql (empty: put your SQL below its comment):')
def journal = drizzle.resolve('meta/_journal.json').text
assert journal.contains('"tag": "0003_seed"')
assert Files.exists(drizzle.resolve('meta/0003_snapshot.json'))
def tables = { String f -> new groovy.json.JsonSlurper().parse(drizzle.resolve('meta/' + f).toFile()).tables }
assert tables('0003_snapshot.json') == tables('0002_snapshot.json')
assert log.contains('No schema changes, nothing to migrate.')

// One acknowledgement per risk: the rename question and the data loss each need their own flag.
assert log.contains('column "people"."handle" appeared and "nick" disappeared from table "people"')
assert log.contains('say both: -Ddb.notRenames=people.handle (these are not renames) and -Ddb.acceptDataLoss (the drop may lose data)')
assert log.contains('drop column "people"."nick" and its values')
assert drizzle.resolve('0004_handle.sql').text == 'ALTER TABLE `people` ADD `handle` text;--> statement-breakpoint\nALTER TABLE `people` DROP COLUMN `nick`;'
// Every generate that drops something lists it in its success output.
assert log.contains('[WARNING] This migration loses data (acknowledged with -Ddb.acceptDataLoss): 1 change:\n[WARNING]   - drop column "people"."age" and its values')
assert log.contains('[WARNING] This migration loses data (acknowledged with -Ddb.acceptDataLoss): 1 change:\n[WARNING]   - drop column "people"."nick" and its values')
return true
