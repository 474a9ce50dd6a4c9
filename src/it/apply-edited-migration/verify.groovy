def build = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
// One mvn start, fail-at-end: the refusal (module refused) first, then this project's apply with -Ddb.ignoreChecksums.
build.expectOutcomes(['refused': 'FAILURE', 'apply-edited-migration': 'SUCCESS'])
def refused = build.output('refused') + build.failure('refused')
assert refused.contains('Applied migration(s) changed since they were applied: 0000_init.sql.') : refused
assert refused.contains('record it with mvn db:repair -Dlocal; to apply anyway this once, pass -Ddb.ignoreChecksums.')
assert !build.output('refused').contains('Applied 1 migration(s)')
def ignored = build.output('apply-edited-migration')
assert ignored.contains('Continuing because of -Ddb.ignoreChecksums.') : ignored
assert ignored.contains('Applied 1 migration(s)')
return true
