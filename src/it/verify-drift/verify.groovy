def log = new File(basedir, 'build.log').text
// Each step (a module, run in order) ended as it should; this project, the aggregator, last.
def reactor = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
reactor.expectOutcomes(['s1-pending': 'FAILURE', 's2-applied': 'SUCCESS', 's3-by-hand': 'SUCCESS', 's4-drift': 'FAILURE', 'verify-drift': 'SUCCESS'])
assert reactor.failure('s1-pending') =~ /1 migration\(s\) are not applied to local SQLite file .*: 0001_bio\. Run mvn db:apply -Dlocal/
// The drift check's success says which database it compared.
assert log =~ /Migrations in drizzle match the schema and local SQLite file \S*\.godwit\/local\.sqlite \(2 migrations/
assert reactor.failure('s4-drift') =~ /local SQLite file .* was changed outside the migrations:/
assert reactor.failure('s4-drift').contains('unexpected table: "scratch"')
assert log.contains('unexpected table: "scratch"')
return true
