def build = dev.godwit.maven.ReactorLog.of(new File(basedir, 'build.log'))
def log = build.text()
def crashes = build.run(1)
// Run 1: both modules were built and failed on their own (fail-at-end); the aggregator, built last, skips.
crashes.expectOutcomes(['static-init-error': 'FAILURE', 'calls-exit': 'FAILURE', 'load-schema-crash': 'SUCCESS'])
// static-init-error: an Error from a static initializer is a build failure naming the class and the error, not a classworlds dump.
assert crashes.failure('static-init-error').contains('class it.schema.error.Accounts failed to initialise at Accounts.java:11: java.lang.AssertionError: accounts config missing')
assert !log.contains('Exception in thread "main"')
// calls-exit: a direct System.exit is found in the class file before the class is loaded: Maven goes on to report it.
assert crashes.failure('calls-exit').contains('class it.schema.exits.Accounts calls System.exit, which would end Maven itself with no message while the schema is loaded; Godwit did not load it.')
// Run 2: System.exit through reflection cannot be seen or stopped on Java 18+; the JVM exits, and the backstop says which class did it.
assert build.run(2).text().contains('[ERROR] Godwit: the JVM is exiting while schema class it.schema.sneaky.Accounts is being loaded: the class (or code it calls) called System.exit, which ends Maven.')
assert !new File(basedir, 'drizzle').exists()
['static-init-error', 'calls-exit', 'exits-by-reflection'].each { assert !new File(basedir, "$it/drizzle").exists() }
return true
