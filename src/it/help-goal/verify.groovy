def log = new File(basedir, 'build.log').text
['db:apply', 'db:generate', 'db:help', 'db:pull', 'db:push', 'db:restore', 'db:status', 'db:studio', 'db:verify'].each { assert log.contains(it) }
// The plugin's own description does not keep a goal list of its own that could leave one out.
assert log.replaceAll(/\s+/, ' ').contains('Schema migrations for SQLite and Cloudflare D1; every goal is listed below.')
assert log.contains('Skipping Godwit (db.skip is set).')
return true
