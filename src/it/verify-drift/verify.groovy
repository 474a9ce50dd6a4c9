def log = new File(basedir, 'build.log').text
assert log =~ /1 migration\(s\) are not applied to local SQLite file .*: 0001_bio\. Run mvn db:apply -Dlocal/
// The drift check's success says which database it compared.
assert log =~ /Migrations in drizzle match the schema and local SQLite file \S*\.godwit\/local\.sqlite \(2 migrations/
assert log =~ /local SQLite file .* was changed outside the migrations:/
assert log.contains('unexpected table: "scratch"')
return true
