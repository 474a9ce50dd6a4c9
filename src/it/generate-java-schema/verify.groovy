import java.nio.file.*

def drizzle = basedir.toPath().resolve('drizzle')
def log = new File(basedir, 'build.log').text

assert Files.exists(drizzle.resolve('0000_init.sql'))
assert Files.exists(drizzle.resolve('0001_profiles.sql'))
assert Files.exists(drizzle.resolve('meta/0000_snapshot.json'))
assert Files.exists(drizzle.resolve('meta/0001_snapshot.json'))
assert !Files.exists(drizzle.resolve('0002_profiles.sql'))

def init = drizzle.resolve('0000_init.sql').text
assert init.startsWith('CREATE TABLE `workspaces` (\n\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,\n\t`name` text NOT NULL\n);\n')
assert init.contains('FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade')
assert init.contains('CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);')

def second = drizzle.resolve('0001_profiles.sql').text
assert second.contains('ALTER TABLE `users` RENAME COLUMN "name" TO "full_name";')
assert second.contains('ALTER TABLE `users` ADD `active` integer DEFAULT true NOT NULL;')
assert second.contains('CREATE TABLE `profiles` (')

def journal = drizzle.resolve('meta/_journal.json').text
assert journal.contains('"tag": "0000_init"') && journal.contains('"tag": "0001_profiles"')
assert drizzle.resolve('meta/0001_snapshot.json').text.contains('"\\"users\\".\\"name\\"": "\\"users\\".\\"full_name\\""')

// The first goal compiles (no classes yet); the later ones find the classes up to date and run no compile phase.
assert log.count('Compiling first (no compiled classes in target/classes yet): running the project\'s compile phase.') == 1
// (the compile executions themselves: an IT run that first resolves the plugin into the shared IT repository also logs its download)
assert log.findAll(/--- (?:maven-)?compiler(?:-plugin)?:[^ ]+:compile /).size() == 1
assert log.contains('Wrote drizzle/0001_profiles.sql')
assert log.count('No schema changes, nothing to migrate.') == 2   // runs 3 and 4

// wrangler's --remote typed on a goal that works on no database: it was passed on unread without a word; a warning names it now
// (these lines stood after a "return true" and never ran)
assert log.contains("[WARNING] -Dremote has no effect on db:generate: it is wrangler's flag, no setting of Godwit, and db:generate works on"
        + " no database (it writes the next migration from the schema and the folder, the same for the local file and Cloudflare D1). Ignored.")
assert log.count('-Dremote has no effect') == 1

// -Dlocal on it was passed over without a word too: the same warning, by the same path; not where another goal of the run
// reads it (db:generate db:apply -Dlocal, the README's first command, applies to the local file)
assert log.contains("[WARNING] -Dlocal has no effect on db:generate: db:generate works on no database (it writes the next migration from"
        + " the schema and the folder, the same for the local file and Cloudflare D1). Ignored.")
assert log.count('-Dlocal has no effect') == 1
assert log.contains('Applied 2 migration(s)')   // run 4, the first apply: a fresh .godwit/local.sqlite
assert Files.exists(basedir.toPath().resolve('.godwit/local.sqlite'))
return true
