def log = new File(basedir, 'build.log').text
// drizzle's history table keeps no applied time: the column says what it shows.
assert log =~ /Migration\s+State\s+Generated at \(this history table keeps no applied time\) \/ note/
assert !log.contains('Applied at')
assert log =~ /0000_init\s+applied\s+generated \d{4}-\d\d-\d\dT/
assert log =~ /0001_email\s+pending/
assert log.contains('1 applied, 1 pending.')
// "pending" promises no more than it checks: the data pre-flight runs at db:apply, and -Ddb.dryRun runs it alone
assert log.contains("Not checked by db:status: db:apply's pre-flight, which runs the pending migrations on a copy holding the database's" +
        " rows first and stops on rows removed or rewritten. mvn db:apply -Dlocal -Ddb.dryRun runs it without applying anything.")
return true
