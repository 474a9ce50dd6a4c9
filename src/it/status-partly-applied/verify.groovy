def log = new File(basedir, 'build.log').text
assert log =~ /0000_init\s+applied\s+\(generated /
assert log =~ /0001_email\s+pending/
assert log.contains('1 applied, 1 pending.')
return true
