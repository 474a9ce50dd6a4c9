def log = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
// One mvn start, fail-at-end: every check ran, the six broken folders failed, the aggregator (in sync) is built last.
log.expectOutcomes(['schema-changed': 'FAILURE', 'edited-migration': 'FAILURE', 'sql-not-in-journal': 'FAILURE',
                    'journal-entry-without-file': 'FAILURE', 'two-branches': 'FAILURE', 'replay-differs': 'FAILURE',
                    'custom-migration': 'SUCCESS', 'skipped-out-of-sync': 'SUCCESS', 'verify-checks': 'SUCCESS'])
// in sync (this project) and custom-migration pass
assert log.output('verify-checks').contains('Migrations in drizzle match the schema (2 migrations')
assert log.output('custom-migration').contains('Migrations in custom match the schema (3 migrations')
def failed = { String module ->
    def f = log.failure(module)
    // a failed check is a build failure (MojoFailureException), not an error of the build
    assert f.contains('Caused by: org.apache.maven.plugin.MojoFailureException: ') : f
    f
}
def changed = failed('schema-changed')
assert changed.contains('the schema has changes that no migration holds:') : changed
assert changed.contains('add column "authors"."bio"')
assert changed.contains('ALTER TABLE `authors` ADD `bio` text;')
assert changed.contains('Run mvn db:generate and commit the new migration.')
assert failed('edited-migration').contains('edited/0001_books.sql was edited after it was generated.')
assert failed('sql-not-in-journal').contains('orphan/0002_extra.sql is SQL outside the snapshots: it has no entry in meta/_journal.json')
assert failed('journal-entry-without-file').contains('the journal lists 0001_books but missing/0001_books.sql is missing')
def branches = failed('two-branches')
assert branches.contains('two migrations have the number') || branches.contains('all follow the same parent') : branches
def replay = failed('replay-differs')
assert replay.contains('replaying the 2 migrations on an empty database does not give the schema the schema code declares') : replay
assert replay.contains('unexpected column: "books"."isbn"')
assert log.output('skipped-out-of-sync').contains('Skipping Godwit (db.skip is set).')
return true
