def log = new File(basedir, 'build.log').text
assert log.contains('Applied migration(s) changed since they were applied: 0000_init.sql.')
assert log.contains('record it with mvn db:repair -Dlocal; to apply anyway this once, pass -Ddb.ignoreChecksums.')
assert log.contains('Continuing because of -Ddb.ignoreChecksums.')
assert log.contains('Applied 1 migration(s)')
return true
