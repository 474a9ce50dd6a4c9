def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 4
def folder = new File(basedir, 'drizzle').canonicalFile
def refusal = { me, mine, other, theirs -> "Modules $me (schema $mine) and $other (schema $theirs) both keep their migrations in $folder: a migrations folder is the history of one schema, so db:generate in either would read the other's tables as dropped or renamed, and its migration would drop them. Give each module its own folder (leave <out> out: drizzle/ in the module), or keep one module whose <schema> lists both. Nothing was done." }
def a = 'modules-share-folder-a', b = 'modules-share-folder-b'
runs.take(3).each { assert it.contains('BUILD FAILURE') && !it.contains('Wrote ') }
assert runs[0].contains(refusal(a, 'com.a', b, 'com.b'))
assert runs[1].contains(refusal(b, 'com.b', a, 'com.a'))
// Run 3: each module's db:verify refuses the same
assert runs[2].contains(refusal(a, 'com.a', b, 'com.b'))
assert runs[2].contains(refusal(b, 'com.b', a, 'com.a'))
assert !folder.exists()
// Run 4: a folder of its own
assert runs[3].contains('BUILD SUCCESS')
def sql = new File(basedir, 'b/drizzle-b/0000_b.sql').text
assert sql.contains('CREATE TABLE `t_b`') && !sql.contains('t_a')
return true
