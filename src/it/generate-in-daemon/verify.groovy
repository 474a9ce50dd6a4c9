import java.nio.file.*

def log = new File(basedir, 'build.log').text
// The log of each mvn run, in order (each starts by scanning for projects).
def runs = log.split(/Scanning for projects/).drop(1)
assert runs.size() == 5
// A run's goal executions, in order (each from its "--- db:..." header to the next), named by goal and execution id.
def steps = { String run -> run.split(/(?=\[INFO\] --- db:)/).drop(1).collect { [name: (it =~ /^\[INFO\] --- db:[^:]+:(\S+ \(\S+\))/)[0][1], text: it] } }
def goals = { String run -> steps(run).collectEntries { [(it.name): it.text] } }

// 1: the first generate finds no daemon: it runs in Maven's JVM, then starts one in the background and says so, once.
def started = runs[0] =~ /\[INFO\] Started Godwit's daemon \(pid (\d+)\) for quicker db:generate and db:verify runs from the next one on; it stops after 3 minutes idle\. -Ddb\.daemon=false turns it off\./
assert started.find()
def pid = started.group(1) as long
assert runs[0].contains('Wrote drizzle/0000_init.sql')
assert runs[1..2].every { !it.contains("Started Godwit's daemon") }
// 2: the next one is served by that daemon (its log below counts the requests it ran).
def second = goals(runs[1])
assert second.keySet() as List == ['generate (default-cli)', 'verify (default-cli)']
assert second['generate (default-cli)'].contains('Wrote drizzle/0001_posts.sql')
assert second['generate (default-cli)'].contains('CREATE TABLE `posts`')
// 3: the refused drop is the same build failure, with the engine's words, and nothing was written.
assert runs[2].contains('[ERROR] Failed to execute goal dev.godwit:godwit-maven-plugin:')
assert runs[2].contains('This migration would lose data, and it was not acknowledged:')
assert runs[2].contains('drop table "posts" and all its rows')
assert runs[2].contains('Nothing was written. If that is intended, run again with -Ddb.acceptDataLoss.')
assert runs[2].contains('BUILD FAILURE')
def sql = basedir.toPath().resolve('drizzle')
assert Files.list(sql).filter { it.toString().endsWith('.sql') }.count() == 2
// 2, then: what the daemon wrote passes the check, run in the daemon too.
assert second['verify (default-cli)'] =~ /Migrations in drizzle match the schema \(2 migrations, checked in \d+ ms\)/

// The daemon's folder: its log (it came up with the pid run 1 named, ran the three requests, was told to stop; its warm-up,
// which may still run on a loaded machine, is DaemonTest's),
// and no token in it (24 random bytes as 48 hex digits).
def daemonDir = basedir.toPath().resolve('target/daemon')
def daemonLog = Files.list(daemonDir).filter { it.toString().endsWith('.log') }.findFirst().get().text
assert daemonLog =~ /listening on 127\.0\.0\.1:\d+, pid ${pid}, stops after 180 s idle/
assert (daemonLog =~ /generate in .*drizzle took \d+ ms/).size() == 2   // runs 2 and 3
assert (daemonLog =~ /verify in .*drizzle took \d+ ms/).size() == 2   // runs 2 and 4
// run 4's check came after run 3's refused generate: the daemon that refused served the next run
def lastAt = { pattern -> def m = daemonLog =~ pattern; def at = -1; while (m.find()) at = m.start(); at }
assert lastAt(/verify in .*drizzle took \d+ ms/) > lastAt(/generate in .*drizzle took \d+ ms/)
assert daemonLog.contains('stop took')
assert !(daemonLog =~ /[0-9a-f]{48}/)
assert !daemonLog.contains('SLF4J')   // the logging API on Godwit's class path, without a binding, stays quiet

// 4, then: db:stop-daemon stopped it and waited for it to end; it took its address (and token) with it. No daemon outlives the IT.
// A pid is the daemon's only while a Godwit daemon runs under it: on a busy machine the pid counter wraps within minutes (it
// did under a loaded CI run, 32768 pids in under two), so another process may hold it by now, never to be killed or taken for it.
def godwitDaemon = { long p -> ProcessHandle.of(p).filter { it.isAlive() && it.info().commandLine().map { it.contains('dev.godwit.engine.daemon.Daemon') }.orElse(true) } }
def daemon = godwitDaemon(pid)
daemon.ifPresent { it.destroy() }   // only if run 4 failed to
def fourthSteps = steps(runs[3])
assert fourthSteps*.name == ['verify (default-cli)', 'stop-daemon (default-cli)', 'verify (default)', 'verify (default-cli)']
// 4, first: after the refused run, the daemon still serves (its log above counts this check); it started no other
assert fourthSteps[0].text =~ /Migrations in drizzle match the schema \(2 migrations, checked in \d+ ms\)/
assert !fourthSteps[0].text.contains("Started Godwit's daemon")
def fourth = fourthSteps.drop(1).collectEntries { [(it.name): it.text] }
assert fourth['stop-daemon (default-cli)'].contains("[INFO] Stopped Godwit's daemon (pid ${pid}).")
assert !fourth['stop-daemon (default-cli)'].contains("Started Godwit's daemon")
assert runs[3].contains('BUILD SUCCESS')
assert !godwitDaemon(pid).isPresent()

// 4, next: bound to the verify phase, with no daemon running, the check runs in Maven's JVM and leaves no daemon behind.
assert fourth['verify (default)'] =~ /Migrations in drizzle match the schema \(2 migrations, checked in \d+ ms\)/
assert !fourth['verify (default)'].contains("Started Godwit's daemon")
// 4, last: typed, it checks in Maven's JVM too (the bound one started none to serve it), then starts one; 5 stops it.
assert fourth['verify (default-cli)'] =~ /Migrations in drizzle match the schema \(2 migrations, checked in \d+ ms\)/
def again = fourth['verify (default-cli)'] =~ /\[INFO\] Started Godwit's daemon \(pid (\d+)\) for quicker db:generate and db:verify runs/
assert again.find()
def pid2 = again.group(1) as long
godwitDaemon(pid2).ifPresent { if (!runs[4].contains("Stopped Godwit's daemon (pid ${pid2})")) it.destroy() }
assert runs[4].contains("[INFO] Stopped Godwit's daemon (pid ${pid2}).")
assert !godwitDaemon(pid2).isPresent()
assert Files.list(daemonDir).noneMatch { it.toString().endsWith('.properties') }
true
