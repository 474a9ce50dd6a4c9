def log = new File(basedir, 'build.log').text
assert log =~ /Applying 4 migration\(s\) to local SQLite file \S+local\.sqlite, up to 0003_brave_hulk; 1 left pending \(0004_tags\)/
assert log =~ /Applied 4 migration\(s\) in \d+ ms, up to 0003_brave_hulk; 1 left pending \(0004_tags\)\./
assert log =~ /Nothing to apply up to 0003_brave_hulk: local SQLite file \S+ has it applied, and nothing after it; 1 left pending \(0004_tags\)\./
assert log =~ /0004_tags\s+pending/
assert log.contains('With -Ddb.upTo=0003_brave_hulk (0003_brave_hulk), db:apply has nothing to apply: the database has 0003_brave_hulk applied; 1 left pending (0004_tags).')
// fleet settings on one database, through Maven's own descriptor of each goal: one line each
['apply', 'status'].each {
    assert log.contains("[WARNING] -Ddb.fleet.canary=2 and -Ddb.fleet.failFast have no effect on db:$it of one database: they apply to a fleet (-Ddb.d1.databases). Ignored.")
}
assert log.count('-Ddb.fleet.canary=2 and') == 2
// past the migration named: nothing applied, a warning, the build passes
assert log =~ /\[WARNING\] Nothing to apply up to 0001_email: local SQLite file \S+ is past it \(at 0003_brave_hulk; 0002_posts, 0003_brave_hulk applied after it\)\. db:apply does not go back \(db:restore does\); 1 left pending \(0004_tags\)\./
assert log.contains('With -Ddb.upTo=0001_email (0001_email), db:apply has nothing to apply: the database is past it (at 0003_brave_hulk), and db:apply does not go back; 1 left pending (0004_tags).')
// at the migration named, db:status gives no pre-flight command: the apply it stands for sends nothing
assert !log.contains('Not checked by db:status')
assert log.contains('-Ddb.upTo=0001_email: db:push makes the database match the schema in the code, all of it, without migrations.')
// the one failure of the runs: the apply and status before it in run 3 passed (the status ran after the apply)
assert log =~ /Failed to execute goal dev\.godwit:godwit-maven-plugin:\S+:push \(default-cli\) on project apply-up-to: -Ddb\.upTo=0001_email: db:push/
assert log.count('[ERROR] Failed to execute goal') == 1
// the migration left pending was not applied: its table is not there
def db = dev.godwit.engine.db.SqliteDatabase.open(basedir.toPath().resolve('.godwit/local.sqlite'))
try {
    assert db.query("SELECT name FROM sqlite_master WHERE name = 'tags'").isEmpty()
    assert db.query("SELECT name FROM sqlite_master WHERE name = 'posts'").size() == 1
} finally { db.close() }
return true
