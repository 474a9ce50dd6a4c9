package dev.godwit.engine.uptodate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A passed check is remembered for exactly one state of its inputs: any file added, removed, resized or touched, or another setting, forgets it. */
class UpToDateTest {

    @TempDir
    Path dir;
    Path classes;
    Path drizzle;
    Path record;

    @BeforeEach
    void inputs() throws Exception {
        classes = Files.createDirectories(dir.resolve("target/classes/app/schema"));
        drizzle = Files.createDirectories(dir.resolve("drizzle/meta"));
        Files.writeString(classes.resolve("Users.class"), "v1");
        Files.writeString(drizzle.resolve("_journal.json"), "{}");
        Files.writeString(dir.resolve("drizzle/0000_init.sql"), "CREATE TABLE t (a);");
        record = dir.resolve("target/godwit/verify.passed");
    }

    private UpToDate now(String settings) {
        return UpToDate.of(record, List.of(dir.resolve("target/classes"), dir.resolve("drizzle"), dir.resolve("lib.jar")), settings);
    }

    @Test
    void remembersAPassForTheSameInputs() {
        assertTrue(now("s").passed().isEmpty(), "nothing recorded yet");
        now("s").record(1);
        var passed = now("s").passed();
        assertTrue(passed.isPresent());
        assertEquals(1, passed.get().migrations());
    }

    @Test
    void oneInputLookedAtAgainAfterACommandWroteIt() throws Exception {
        UpToDate taken = now("s");
        Path next = dir.resolve("drizzle/0001_next.sql");
        Files.writeString(next, "CREATE TABLE u (b);");   // what db:generate writes after the fingerprint
        Files.writeString(drizzle.resolve("_journal.json"), "{\"entries\": 2}");
        taken.record(2);
        assertTrue(now("s").passed().isEmpty(), "the fingerprint from before the write no longer matches");
        List<Path> written = List.of(next, drizzle.resolve("_journal.json"));
        taken.relistedAfterWriting(dir.resolve("drizzle"), written, List.of()).orElseThrow().record(2);
        assertEquals(2, now("s").passed().orElseThrow().migrations(), "with the written folder looked at again, it does");
        Files.writeString(classes.resolve("Users.class"), "v22");
        taken.relistedAfterWriting(dir.resolve("drizzle"), written, List.of()).orElseThrow().record(2);
        assertTrue(now("s").passed().isEmpty(), "only the named input is looked at again: the class changed since is still the old one");
    }

    @Test
    void aFolderThatChangedBesidesTheCommandsOwnFilesIsNotRecorded() throws Exception {
        UpToDate taken = now("s");
        Path next = dir.resolve("drizzle/0001_next.sql");
        Files.writeString(next, "CREATE TABLE u (b);");
        // Meanwhile a teammate's migration arrives (git pull), or another run writes there: that state was never checked.
        Files.writeString(dir.resolve("drizzle/0001_theirs.sql"), "DROP TABLE t;");
        assertTrue(taken.relistedAfterWriting(dir.resolve("drizzle"), List.of(next), List.of()).isEmpty());
        Files.delete(dir.resolve("drizzle/0001_theirs.sql"));
        Files.setLastModifiedTime(dir.resolve("drizzle/0000_init.sql"), FileTime.fromMillis(1_000_000L));   // an existing file touched
        assertTrue(taken.relistedAfterWriting(dir.resolve("drizzle"), List.of(next), List.of()).isEmpty());
        Files.delete(dir.resolve("drizzle/0000_init.sql"));   // or removed
        assertTrue(taken.relistedAfterWriting(dir.resolve("drizzle"), List.of(next), List.of()).isEmpty());
    }

    @Test
    void aFileTheCommandRemovedMustStayRemoved() throws Exception {
        Path stale = Files.createDirectories(drizzle.resolve("_sums")).resolve("0001_dropped.sha256");
        Files.writeString(stale, "abc\n");
        UpToDate taken = now("s");
        Files.delete(stale);   // what db:generate removes: the checksum of a migration drizzle-kit dropped
        Path next = Files.writeString(dir.resolve("drizzle/0001_next.sql"), "CREATE TABLE u (b);");
        assertTrue(taken.relistedAfterWriting(dir.resolve("drizzle"), List.of(next), List.of(stale)).isPresent());
        assertTrue(taken.relistedAfterWriting(dir.resolve("drizzle"), List.of(next), List.of()).isEmpty(), "a removal not its own");
        Files.writeString(stale, "abc\n");   // back again before the folder is looked at
        assertTrue(taken.relistedAfterWriting(dir.resolve("drizzle"), List.of(next), List.of(stale)).isEmpty());
    }

    @Test
    void aFolderThatDidNotExistBeforeHoldsOnlyWhatTheCommandWrote() throws Exception {
        Path fresh = dir.resolve("fresh");
        UpToDate taken = UpToDate.of(record, List.of(fresh), "s");
        Path sql = Files.createDirectories(fresh).resolve("0000_init.sql");
        Files.writeString(sql, "CREATE TABLE t (a);");
        taken.relistedAfterWriting(fresh, List.of(sql), List.of()).orElseThrow().record(1);
        assertEquals(1, UpToDate.of(record, List.of(fresh), "s").passed().orElseThrow().migrations());
        // An existing folder with no file in it (say, meta/ left behind) is the same start.
        Path empty = Files.createDirectories(dir.resolve("empty/meta")).getParent();
        UpToDate fromEmpty = UpToDate.of(record, List.of(empty), "s");
        Path first = Files.writeString(empty.resolve("0000_init.sql"), "CREATE TABLE t (a);");
        assertTrue(fromEmpty.relistedAfterWriting(empty, List.of(first), List.of()).isPresent());
        // One of the command's own files gone again before the folder is looked at: not what it wrote.
        Files.delete(first);
        assertTrue(fromEmpty.relistedAfterWriting(empty, List.of(first), List.of()).isEmpty());
    }

    @Test
    void aFingerprintOfSomeInputsChangesOnlyWithThem() throws Exception {
        List<Path> schemaInputs = List.of(dir.resolve("target/classes"), dir.resolve("lib.jar"));
        String before = now("s").fingerprintOf(schemaInputs, "app.schema").orElseThrow();
        Files.writeString(dir.resolve("drizzle/0001_next.sql"), "CREATE TABLE u (b);");
        assertEquals(before, now("s").fingerprintOf(schemaInputs, "app.schema").orElseThrow(), "the folder is not among them");
        assertFalse(before.equals(now("s").fingerprintOf(schemaInputs, "app.other").orElseThrow()), "other schema sources");
        Files.writeString(classes.resolve("Users.class"), "v22");
        assertFalse(before.equals(now("s").fingerprintOf(schemaInputs, "app.schema").orElseThrow()), "a changed class");
        assertTrue(now("s").fingerprintOf(List.of(dir.resolve("elsewhere")), "app.schema").isEmpty(), "not an input of this fingerprint");
    }

    @Test
    void anyChangeOfAnInputForgetsIt() throws Exception {
        now("s").record(1);
        Path sql = dir.resolve("drizzle/0000_init.sql");
        FileTime before = Files.getLastModifiedTime(sql);
        Files.writeString(sql, "CREATE TABLE t (b);");   // the same size
        Files.setLastModifiedTime(sql, FileTime.fromMillis(before.toMillis() + 1000));
        assertTrue(now("s").passed().isEmpty(), "a migration edited, keeping its size");
        now("s").record(1);
        Files.writeString(classes.resolve("Orders.class"), "new");
        assertTrue(now("s").passed().isEmpty(), "a new class");
        now("s").record(1);
        Files.delete(classes.resolve("Orders.class"));
        assertTrue(now("s").passed().isEmpty(), "a deleted class");
        now("s").record(1);
        FileTime t = Files.getLastModifiedTime(classes.resolve("Users.class"));
        Files.writeString(classes.resolve("Users.class"), "v22");
        Files.setLastModifiedTime(classes.resolve("Users.class"), t);
        assertTrue(now("s").passed().isEmpty(), "a class of another size, same time");
        now("s").record(1);
        Files.writeString(dir.resolve("lib.jar"), "jar");
        assertTrue(now("s").passed().isEmpty(), "a jar that was missing appeared");
        now("s").record(1);
        assertTrue(now("other settings").passed().isEmpty(), "other settings");
    }

    /**
     * A recompile of unchanged sources (maven-compiler-plugin recompiles the whole module when any source changed), a branch
     * switched and back: the files get new times and the same bytes. The check would find what it found: answered from the record,
     * which then takes their new times.
     */
    @Test
    void filesRewrittenWithTheSameContentAreNoChange() throws Exception {
        Path users = classes.resolve("Users.class");
        Path sql = dir.resolve("drizzle/0000_init.sql");
        allModifiedAt(TICK);
        now("s").record(1);
        Files.writeString(users, "v1");
        Files.writeString(sql, "CREATE TABLE t (a);");
        Files.setLastModifiedTime(users, FileTime.fromMillis(TICK + 60_000));
        Files.setLastModifiedTime(sql, FileTime.fromMillis(TICK + 60_000));
        var passed = now("s").passed().orElseThrow();
        assertEquals(2, passed.rewrittenAlike());
        assertEquals(" (2 files rewritten since, with the same content)", passed.rewrittenNote());
        assertEquals(1, passed.migrations());
        var again = now("s").passed().orElseThrow();
        assertEquals(0, again.rewrittenAlike(), "the record took the new times: nothing to hash the next time");
        assertEquals(passed.at(), again.at(), "still the time of the check that passed");
        Files.writeString(users, "v2");   // the same size, other bytes
        Files.setLastModifiedTime(users, FileTime.fromMillis(TICK + 120_000));
        assertTrue(now("s").passed().isEmpty(), "a class of the same size with other content");
    }

    /** A schema file made to share CRC-32 and Adler-32 with the one checked, pulled over it (same size, new time): a change. */
    @Test
    void aFileMadeToMatchTheChecksumsOfTheCheckedOneIsAChange() throws Exception {
        Path yaml = dir.resolve("schema.yaml");
        try (var in = UpToDateTest.class.getResourceAsStream("/uptodate/crc-adler-twin-a.yaml")) {
            Files.write(yaml, in.readAllBytes());
        }
        Files.setLastModifiedTime(yaml, FileTime.fromMillis(TICK));
        List<Path> inputs = List.of(yaml, dir.resolve("drizzle"));
        UpToDate.of(record, inputs, "s").record(1);
        try (var in = UpToDateTest.class.getResourceAsStream("/uptodate/crc-adler-twin-b.yaml")) {
            Files.write(yaml, in.readAllBytes());   // "emaik" where the checked one says "email"
        }
        Files.setLastModifiedTime(yaml, FileTime.fromMillis(TICK + 60_000));
        assertTrue(UpToDate.of(record, inputs, "s").passed().isEmpty());
    }

    @Test
    void aJarIsComparedBySizeAndTimeOnly() throws Exception {
        Path jar = Files.writeString(dir.resolve("lib.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(TICK));
        now("s").record(1);
        assertFalse(Files.readString(record).contains(jar.toAbsolutePath() + "\t"), "no jar is hashed");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(TICK + 60_000));
        assertTrue(now("s").passed().isEmpty());
    }

    /**
     * A file changed while the check ran was not checked with the content it holds when the record is written: it gets no hash, so
     * putting back the content it was listed with (A, checked B, back to A) is not taken for a checked state.
     */
    @Test
    void aFileChangedDuringTheCheckIsNotHashed() throws Exception {
        Path users = classes.resolve("Users.class");
        Files.setLastModifiedTime(users, FileTime.fromMillis(TICK));
        UpToDate listed = now("s");
        Files.writeString(users, "v2");
        Files.setLastModifiedTime(users, FileTime.fromMillis(TICK + 30_000));
        listed.record(1);
        assertFalse(Files.readString(record).contains(users.toAbsolutePath() + "\t"));
        Files.writeString(users, "v1");
        Files.setLastModifiedTime(users, FileTime.fromMillis(TICK + 60_000));
        assertTrue(now("s").passed().isEmpty());
    }

    /** Hashed while the check ran: a file changed after its hash was taken gets none in the record; the others keep theirs. */
    @Test
    void hashesTakenAheadStandOnlyForFilesStillAsTheyWere() throws Exception {
        Path users = classes.resolve("Users.class");
        Path sql = dir.resolve("drizzle/0000_init.sql");
        allModifiedAt(TICK);
        UpToDate listed = now("s");
        try (UpToDate.Hashing hashing = listed.hashContentAhead()) {
            listed.filesHashedAhead();   // hashed before the change below
            Files.writeString(users, "v2");
            Files.setLastModifiedTime(users, FileTime.fromMillis(TICK + 30_000));
            listed.record(1);
        }
        String text = Files.readString(record);
        assertFalse(text.contains(users.toAbsolutePath() + "\t"), "changed after it was hashed");
        assertTrue(text.contains(sql.toAbsolutePath() + "\t"), "as it was");
        Files.writeString(users, "v1");
        Files.setLastModifiedTime(users, FileTime.fromMillis(TICK + 60_000));
        assertTrue(now("s").passed().isEmpty(), "the content it was listed with, but not the one checked: no hash for it");
        now("s").record(1);
        Files.setLastModifiedTime(sql, FileTime.fromMillis(TICK + 90_000));
        assertEquals(1, now("s").passed().orElseThrow().rewrittenAlike());
    }

    @Test
    void otherSettingsOrAnAddedFileAreAChangeWhateverTheContent() throws Exception {
        Path users = classes.resolve("Users.class");
        allModifiedAt(TICK);
        now("s").record(1);
        Files.setLastModifiedTime(users, FileTime.fromMillis(TICK + 60_000));
        assertTrue(now("t").passed().isEmpty(), "other settings");
        Files.writeString(classes.resolve("Orders.class"), "v1");
        assertTrue(now("s").passed().isEmpty(), "a class added");
        Files.delete(classes.resolve("Orders.class"));
        assertEquals(1, now("s").passed().orElseThrow().rewrittenAlike());
    }

    /** A record an older Godwit wrote holds no content hashes: a touched file means a full check, as it did. */
    @Test
    void aRecordWithoutContentHashesComparesSizeAndTime() throws Exception {
        Path users = classes.resolve("Users.class");
        allModifiedAt(TICK);
        now("s").record(1);
        String text = Files.readString(record);
        Files.writeString(record, text.substring(0, text.indexOf('\u0000')));
        assertTrue(now("s").passed().isPresent());
        Files.setLastModifiedTime(users, FileTime.fromMillis(TICK + 60_000));
        assertTrue(now("s").passed().isEmpty());
    }

    /** A rewrite with the same content that is then rewritten again within its tick, keeping size and time, is caught. */
    @Test
    void aJustRewrittenFileKeepsItsListedHashInTheRecordTakenAgain() throws Exception {
        Path users = classes.resolve("Users.class");
        allModifiedAt(TICK);
        listedAt(TICK + 60_000).record(1);
        Files.writeString(users, "v1");
        Files.setLastModifiedTime(users, FileTime.fromMillis(TICK + 120_000));
        assertEquals(1, listedAt(TICK + 120_500).passed().orElseThrow().rewrittenAlike(), "rewritten 0.5 s before it was listed");
        Files.writeString(users, "v3");   // within the same second: size and time kept
        Files.setLastModifiedTime(users, FileTime.fromMillis(TICK + 120_000));
        assertTrue(now("s").passed().isEmpty(), "the record taken again holds the hash it was listed with");
    }

    @Test
    void forgetRemovesTheRecordAndAnotherRecordFileSharesTheFingerprint() {
        UpToDate u = now("s");
        u.record(3);
        Path other = dir.resolve("target/godwit/generate.passed");
        assertTrue(u.withRecordFile(other).passed().isEmpty());
        u.withRecordFile(other).record(3);
        assertTrue(now("s").withRecordFile(other).passed().isPresent());
        u.forget();
        assertFalse(Files.exists(record));
        assertTrue(now("s").passed().isEmpty());
    }

    @Test
    void aGarbledRecordMeansAFullCheck() throws Exception {
        now("s").record(1);
        String good = Files.readString(record);
        Files.writeString(record, "not a time" + good.substring(good.indexOf('\n')));
        assertTrue(now("s").passed().isEmpty(), "a garbled time");
        Files.writeString(record, good.replaceFirst("\n1\n", "\none\n"));
        assertTrue(now("s").passed().isEmpty(), "a garbled count");
        Files.writeString(record, good);
        assertTrue(now("s").passed().isPresent(), "the record as written");
    }

    /** A time on a whole second long ago (as a file system counting in seconds writes it), and a clock just after it. */
    private static final long TICK = 1_600_000_000_000L;

    private UpToDate listedAt(long now) {
        return UpToDate.of(record, List.of(dir.resolve("target/classes"), dir.resolve("drizzle"), dir.resolve("lib.jar")), "s", now);
    }

    private void allModifiedAt(long time) throws Exception {
        for (Path f : List.of(classes.resolve("Users.class"), drizzle.resolve("_journal.json"), dir.resolve("drizzle/0000_init.sql"))) {
            Files.setLastModifiedTime(f, FileTime.fromMillis(time));
        }
    }

    @Test
    void aRecentFileRewrittenKeepingSizeAndTimeIsNotTakenForTheOneChecked() throws Exception {
        // Within a coarse time-stamp tick (HFS+, FAT, network shares) a rewrite can keep both: the content decides then.
        allModifiedAt(TICK);
        Path users = classes.resolve("Users.class");
        listedAt(TICK + 800).record(1);
        Files.writeString(users, "v2");   // the same size, in the same second
        Files.setLastModifiedTime(users, FileTime.fromMillis(TICK));
        assertTrue(now("s").passed().isEmpty(), "same size and time, other content: checked in full");
        Files.writeString(users, "v1");
        Files.setLastModifiedTime(users, FileTime.fromMillis(TICK));
        assertTrue(now("s").passed().isPresent(), "the content it was checked with");
        // Long past that tick now: the record drops the hashes (any later rewrite changes the time), and still matches.
        assertFalse(Files.readString(record).contains("\u0000\n"), "hashes dropped once settled");
        assertTrue(now("s").passed().isPresent());
    }

    @Test
    void onlyJustModifiedFilesAreHashed() throws Exception {
        allModifiedAt(TICK - 5_000);   // whole seconds, long enough ago
        Files.setLastModifiedTime(classes.resolve("Users.class"), FileTime.fromMillis(TICK + 1_001));   // a fine clock, 0.5 s before
        Path fresh = Files.writeString(dir.resolve("drizzle/0001_next.sql"), "CREATE TABLE u (b);");
        Files.setLastModifiedTime(fresh, FileTime.fromMillis(TICK + 1_000));   // a whole second, 0.5 s before
        listedAt(TICK + 1_501).record(2);
        String text = Files.readString(record);
        int at = text.indexOf("\u0000\n");
        assertTrue(at > 0, text);
        assertEquals(List.of(fresh.toAbsolutePath().toString()), text.substring(at + 2).lines().map(l -> l.substring(0, l.lastIndexOf('\t'))).toList());
    }

    @Test
    void afterWritingTheOtherFilesKeepTheirHashesAndMustStillMatchThem() throws Exception {
        allModifiedAt(TICK);
        Path init = dir.resolve("drizzle/0000_init.sql");
        UpToDate taken = listedAt(TICK + 500);   // 0000_init.sql just modified: hashed
        Path next = Files.writeString(dir.resolve("drizzle/0001_next.sql"), "CREATE TABLE u (b);");
        assertTrue(taken.relistedAfterWriting(dir.resolve("drizzle"), List.of(next), List.of()).isPresent());
        Files.writeString(init, "CREATE TABLE x (a);");   // the same size, and the same time: only the content tells
        Files.setLastModifiedTime(init, FileTime.fromMillis(TICK));
        assertTrue(taken.relistedAfterWriting(dir.resolve("drizzle"), List.of(next), List.of()).isEmpty());
    }

    @Test
    void theKeyForALoadedSchemaTellsContentApartWhereTheRecordCannotYet() throws Exception {
        allModifiedAt(TICK);
        List<Path> schema = List.of(dir.resolve("target/classes"));
        String before = listedAt(TICK + 300).contentKeyOf(schema, "s").orElseThrow();
        Files.writeString(classes.resolve("Users.class"), "v9");
        Files.setLastModifiedTime(classes.resolve("Users.class"), FileTime.fromMillis(TICK));
        UpToDate after = listedAt(TICK + 600);
        assertEquals(listedAt(TICK + 300).fingerprintOf(schema, "s"), after.fingerprintOf(schema, "s"), "size and time alone: the same");
        assertFalse(before.equals(after.contentKeyOf(schema, "s").orElseThrow()), "with the content: not the same");
    }

    /**
     * The warnings of the check that passed (a D1 project's "another SQLite" ones) come back with the pass, for db:verify to show
     * again: a second mvn verify with nothing changed used to say only "nothing changed since", and they were never seen again.
     */
    @Test
    void theWarningsOfThePassComeBackWithIt() throws Exception {
        List<String> warnings = List.of("on D1 concat_ws(...) gives another value than SQLite here\n  - \"t\".\"c\"",
                "a back\\slash \\n kept, a tab\tand a NUL \u0000 too", "");
        allModifiedAt(TICK);
        listedAt(TICK + 800).record(1, warnings);   // with hashes of the files just modified: both parts in one record
        var passed = now("s").passed().orElseThrow();
        assertEquals(warnings, passed.warnings());
        assertEquals(1, passed.migrations());
        assertEquals("From the check that passed at " + passed.localTime() + " (not run again): " + warnings.get(0), passed.repeatedWarnings().get(0));
        assertFalse(Files.readString(record).contains("\u0000\n"), "hashes dropped once settled");
        assertEquals(warnings, now("s").passed().orElseThrow().warnings(), "and the warnings kept");
        Files.writeString(classes.resolve("Users.class"), "v2 changed");
        assertTrue(now("s").passed().isEmpty(), "any change: checked in full, no warnings from the record");
    }

    @Test
    void aRecordWithoutWarningsRepeatsNone() {
        now("s").record(2);   // as an older Godwit wrote it: when, migrations, fingerprint
        var passed = now("s").passed().orElseThrow();
        assertEquals(List.of(), passed.warnings());
        assertEquals(List.of(), passed.repeatedWarnings());
    }

    /**
     * The time in "nothing changed since the check that passed at 18:53:00" always has its seconds: LocalTime.toString()
     * leaves them out on a whole minute ("18:53"), which failed the verify-up-to-date IT one run in sixty.
     */
    @Test
    void thePassedTimeAlwaysShowsItsSeconds() {
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        java.time.Instant onTheMinute = java.time.LocalDate.of(2026, 12, 1).atTime(18, 53, 0).atZone(zone).toInstant();
        assertEquals("18:53:00", new UpToDate.Passed(onTheMinute, 1).localTime());
        assertEquals("09:05:07", new UpToDate.Passed(onTheMinute.plusSeconds(-(9 * 3600 + 48 * 60 - 7)).plusMillis(999), 1).localTime());
    }
}
