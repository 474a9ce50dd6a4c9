def log = new File(basedir, 'build.log').text
['db:apply', 'db:generate', 'db:help', 'db:pull', 'db:push', 'db:restore', 'db:status', 'db:studio', 'db:verify'].each { assert log.contains(it) }
assert log.contains('Skipping Godwit (db.skip is set).')
return true
