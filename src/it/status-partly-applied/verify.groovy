def log = new File(basedir, 'build.log').text
// drizzle's history table keeps no applied time: the column says what it shows.
assert log =~ /Migration\s+State\s+Generated at \(this history table keeps no applied time\) \/ note/
assert !log.contains('Applied at')
assert log =~ /0000_init\s+applied\s+generated \d{4}-\d\d-\d\dT/
assert log =~ /0001_email\s+pending/
assert log.contains('1 applied, 1 pending.')
return true
