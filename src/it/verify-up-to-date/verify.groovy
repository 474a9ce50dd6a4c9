import java.nio.file.*

def log = new File(basedir, 'build.log').text
// The log of every run, in order, cut at each BUILD SUCCESS (a piece also holds the failed runs before it).
def runs = log.split(/BUILD SUCCESS/)
assert runs.size() >= 7

// 1: generate writes the first migration and records the in-sync state.
assert runs[0].contains('Wrote drizzle/0000_init.sql')
// 2: the first verify checks in full (generate's record does not stand for a verify).
assert runs[1] =~ /Migrations in drizzle match the schema \(1 migration, checked in \d+ ms\)/
// 3: nothing changed: answered from the record.
assert runs[2] =~ /Migrations in drizzle match the schema \(1 migration; nothing changed since the check that passed at \d\d:\d\d:\d\d, -Ddb.recheck checks again\)/
// 4: -Ddb.recheck checks in full.
assert runs[3] =~ /checked in \d+ ms/
// 5: a custom migration changes the folder...
assert runs[4].contains('Wrote drizzle/0001_seed.sql')
// 6: ...so verify checks in full again (and finds the template-only custom migration fine to replay).
assert runs[5] =~ /Migrations in drizzle match the schema \(2 migrations, checked in \d+ ms\)/
// 7: generate answers from verify's record.
assert runs[6].contains('No schema changes, nothing to migrate.')
assert runs[6] =~ /\(nothing changed since the check at \d\d:\d\d:\d\d; -Ddb.recheck checks again\)/

def record = basedir.toPath().resolve('target/godwit/verify.passed')
assert Files.exists(record)
def lines = Files.readAllLines(record)
// When, how many migrations, then every input file with its size and modification time, as text.
assert java.time.Instant.parse(lines[0])
assert lines[1] == '2'
assert lines.any { it.startsWith('input\t') && it.endsWith('schema.yaml') }
assert lines.any { it ==~ /0001_seed\.sql\t\d+\t\d+/ }
assert lines.any { it ==~ /meta\/_journal\.json\t\d+\t\d+/ }
// The plugin's whole class path is an input (a schema package can come from a plugin <dependency>; its jars read the
// schema and replay the migrations), and the JDK is part of the settings.
assert lines.any { it.startsWith('input\t') && it.contains('sqlite-jdbc') && it.endsWith('.jar') }
assert lines.any { it.startsWith('input\t') && it.contains('snakeyaml') && it.endsWith('.jar') }
assert lines[2].startsWith('settings\t') && lines[2].split('\\|').size() == 7 && lines[2] =~ /\|\d+[.0-9]*\+?[^|]*\|\// && lines[2].endsWith('|d1=false|history=__drizzle_migrations')
// 8: an invalid schema is a build FAILURE naming what to fix, not Maven's "Execution ... failed" error.
def failures = log.split(/BUILD FAILURE/)
assert failures.size() >= 3
def after7 = runs[7]
assert after7.contains('on project verify-up-to-date: Invalid schema: package com.nowhere.schema declares no tables or views')
assert !after7.contains('Execution default-cli of goal')
// 9: a bad migration name is refused even when the up-to-date record could answer.
assert log.contains('db.name "bad!name" cannot be a migration name')
// 10: the failed check (8) took the older pass with it: checked in full, then recorded again (read above).
assert runs[7] =~ /Migrations in drizzle match the schema \(2 migrations, checked in \d+ ms\)/
assert !runs[7].contains('nothing changed since')
// 11: an option that only means something when there are changes is still checked: a full run refuses it.
assert runs[8].contains('-Ddb.notRenames lists "ghost", but no such table (or table.column) appeared')
return true
