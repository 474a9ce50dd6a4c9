def log = new File(basedir, 'build.log').text
// 1: an Error from a static initializer is a build failure naming the class and the error, not a classworlds dump.
assert log.contains('class it.schema.error.Accounts failed to initialise at Accounts.java:11: java.lang.AssertionError: accounts config missing')
assert !log.contains('Exception in thread "main"')
// 2: a direct System.exit is found in the class file before the class is loaded: Maven goes on to report it.
assert log.contains('class it.schema.exits.Accounts calls System.exit, which would end Maven itself with no message while the schema is loaded; Godwit did not load it.')
// 3: System.exit through reflection cannot be seen or stopped on Java 18+; the JVM exits, and the backstop says which class did it.
assert log.contains('[ERROR] Godwit: the JVM is exiting while schema class it.schema.sneaky.Accounts is being loaded: the class (or code it calls) called System.exit, which ends Maven.')
assert !new File(basedir, 'drizzle').exists()
return true
