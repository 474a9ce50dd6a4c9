def log = new File(basedir, 'build.log').text
// Each step (a module, run in order) ended as it should.
def results = [:]
(log =~ /(?m)^\[INFO\] (s\d-[\w-]+) [. ]*(SUCCESS|FAILURE|SKIPPED) \[/).each { all, module, result -> results[module] = result }
assert results == ['s1-pending': 'FAILURE', 's2-applied': 'SUCCESS', 's3-by-hand': 'SUCCESS', 's4-drift': 'FAILURE'] : results
assert log =~ /(?s)on project s1-pending: The migrations do not match the schema \(1 problem\):\n\[ERROR\] - 1 migration\(s\) are not applied to local SQLite file .*: 0001_bio\. Run mvn db:apply -Dlocal/
// The drift check's success says which database it compared.
assert log =~ /Migrations in drizzle match the schema and local SQLite file \S*\.godwit\/local\.sqlite \(2 migrations/
assert log =~ /(?s)on project s4-drift: The migrations do not match the schema \(1 problem\):\n\[ERROR\] - local SQLite file .* was changed outside the migrations:/
assert log.contains('unexpected table: "scratch"')
return true
