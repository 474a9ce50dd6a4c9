def log = new File(basedir, 'build.log').text
// 1 and 8 pass
assert log.contains('Migrations in drizzle match the schema (2 migrations')
assert log.contains('Migrations in custom match the schema (3 migrations')
// 2
assert log.contains('the schema has changes that no migration holds:')
assert log.contains('add column "authors"."bio"')
assert log.contains('ALTER TABLE `authors` ADD `bio` text;')
assert log.contains('Run mvn db:generate and commit the new migration.')
// 3
assert log.contains('edited/0001_books.sql was edited after it was generated.')
// 4
assert log.contains('orphan/0002_extra.sql is SQL outside the snapshots: it has no entry in meta/_journal.json')
// 5
assert log.contains('the journal lists 0001_books but missing/0001_books.sql is missing')
// 6
assert log.contains('two migrations have the number') || log.contains('all follow the same parent')
// 7
assert log.contains('replaying the 2 migrations on an empty database does not give the schema the schema code declares')
assert log.contains('unexpected column: "books"."isbn"')
// 9
assert log.contains('Skipping Godwit (db.skip is set).')
// failures are BUILD FAILURE (a failed check), not errors
assert log.count('BUILD FAILURE') == 6
return true
