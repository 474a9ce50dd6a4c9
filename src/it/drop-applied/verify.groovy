import groovy.json.JsonSlurper

def build = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
def drops = build.run(1)
// Run 1 (mvn db:drop, fail-at-end): the three refusals each failed on their own, then this project's drop succeeded.
drops.expectOutcomes(['refuse-applied': 'FAILURE', 'd1-unreadable': 'FAILURE', 'typo-path': 'FAILURE', 'drop-applied': 'SUCCESS'])
def db = new File(basedir, '.godwit/local.sqlite').canonicalPath
// refuse-applied: the applied migration is refused, naming the database; nothing changed.
assert drops.failure('refuse-applied').contains("0001_posts is applied to local SQLite file ${db} (recorded in __drizzle_migrations). Dropping it would leave that database" +
        " with changes no migration holds. Undo it with a new migration instead (change the schema, mvn db:generate); on a development database," +
        " go back to before it first (db:restore has no copy of local.sqlite to go back to: db:apply keeps one only of a file that held something;" +
        " what was written since goes too), then run" +
        " db:drop again; or pass -Ddb.force to drop it anyway. Nothing was changed.") : drops.failure('refuse-applied')
// d1-unreadable: the default target (D1) cannot be read: say so, require -Ddb.force.
def unreadable = drops.failure('d1-unreadable')
assert unreadable.contains('Cannot check whether 0002_email is applied, because the target database cannot be read:') : unreadable
assert unreadable.contains('Point db:drop at the database it may have been applied to (-Dlocal for the local file, or the D1 settings), or pass -Ddb.force to drop it without checking. Nothing was changed.')
// typo-path, and run 2: a mistyped local path is no new empty database: drop refuses to call the migration "not applied" there,
// status says there is no database yet, and neither creates the file.
def typo = new File(basedir, '.godwit/typo.sqlite')
assert drops.failure('typo-path').contains("There is no database at ${typo.canonicalPath} (nothing has been applied there yet).") : drops.failure('typo-path')
// run 2: db:studio refuses it the same way (it created and served an empty file)
assert build.run(2).text().contains("studio (default-cli) on project drop-applied: There is no database at ${typo.canonicalPath} (nothing has been applied there yet).")
assert build.run(2).text().contains("There is no database at ${typo.canonicalPath} yet (status creates none): every migration is pending there.")
assert !typo.exists()
// run 3
assert build.run(3).text().contains('-Ddb.studio.port=99999 is not a port: give 1 to 65535, or 0 to pick a free one.')
// run 1, this project: the pending latest migration is dropped after its files are listed.
def log = drops.output('drop-applied')
assert log.contains('Dropping migration 0002_email:')
assert log.contains('  remove  drizzle/0002_email.sql')
assert log.contains('  remove  drizzle/meta/0002_snapshot.json')
assert log.contains('  remove  drizzle/meta/_sums/0002_email.sha256')
assert log.contains('Dropped 0002_email.')
def drizzle = new File(basedir, 'drizzle')
assert !new File(drizzle, '0002_email.sql').exists()
assert !new File(drizzle, 'meta/0002_snapshot.json').exists()
assert !new File(drizzle, 'meta/_sums/0002_email.sha256').exists()
assert new File(drizzle, '0001_posts.sql').exists() && new File(drizzle, 'meta/0001_snapshot.json').exists()
def journal = new JsonSlurper().parse(new File(drizzle, 'meta/_journal.json'))
assert journal.entries*.tag == ['0000_init', '0001_posts']
return true
