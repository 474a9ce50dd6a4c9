package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which journal entries {@link FolderCheck#whenProblems} blames for "when"s out of order, and with whose numbers. */
class WhenOrderTest {

    static List<JournalEntry> entries(long... whens) {
        String[] tags = {"0000_init", "0001_users", "0002_retype", "0003_view", "0004_ren", "0005_more"};
        List<JournalEntry> out = new ArrayList<>();
        for (int i = 0; i < whens.length; i++) out.add(new JournalEntry(i, "6", whens[i], tags[i], true));
        return out;
    }

    /**
     * One entry given a "when" past the later ones (a new-user trial set 0002's to 0004's + 10): the two entries after it were
     * blamed, with 0002's number given as 0003's, and the advice would have moved the "when"s of migrations already applied.
     */
    @Test
    void anEntryWhoseWhenPassesTheLaterOnesIsTheOneBlamed() {
        assertEquals(List.of("journal entry 0002_retype has \"when\" 50, not before 0003_view (30), which comes after it: drizzle-orm's migrator"
                + " would skip 0003_view and what follows on databases that applied 0002_retype; give 0002_retype a \"when\" between 0001_users's"
                + " (20) and 0003_view's"), FolderCheck.whenProblems(entries(10, 20, 50, 30, 40)));
    }

    /**
     * A red-team review (h19): two journal entries swapped in the list (0002 listed before 0001) were blamed as a wrong "when",
     * "give it a larger when": their "when"s were right, and a new one leaves its checksum file naming another migration. Now the
     * entries are said to be reordered, with the way back.
     */
    @Test
    void entriesSwappedInTheListAreSaidToBeReordered() {
        List<JournalEntry> swapped = List.of(new JournalEntry(0, "6", 10, "0000_init", true), new JournalEntry(1, "6", 30, "0002_retype", true),
                new JournalEntry(2, "6", 20, "0001_users", true));
        assertEquals(List.of("journal entry 0001_users is listed after 0002_retype, whose number is higher, and its \"when\" (20) is earlier"
                + " than 0002_retype's (30): the journal's entries were reordered. Put them back in the order of their numbers, as they were"
                + " written (git log -p -- meta/_journal.json shows the change); their \"when\"s are right as they are"), FolderCheck.whenProblems(swapped));
    }

    @Test
    void anEntryWhoseWhenIsNotAfterTheOneBeforeIsTheOneBlamed() {
        assertEquals(List.of("journal entry 0003_view has \"when\" 15, not after 0002_retype (25): drizzle-orm's migrator would skip it on"
                + " databases that applied the earlier one; give it a larger \"when\" (below 0004_ren's, 40)"), FolderCheck.whenProblems(entries(10, 20, 25, 15, 40)));
        // of two orders equally long, the one keeping the earlier entries (applied ones): a branch's older migration appended after
        // a merge is the one blamed, not the applied one before it (a review found the later run kept instead)
        assertEquals(List.of("journal entry 0003_view has \"when\" 25, not after 0002_retype (30): drizzle-orm's migrator would skip it on"
                + " databases that applied the earlier one; give it a larger \"when\""), FolderCheck.whenProblems(entries(10, 20, 30, 25)));
        assertEquals(List.of("journal entry 0001_users has \"when\" 10, not after 0000_init (20): drizzle-orm's migrator would skip it on"
                + " databases that applied the earlier one; give it a larger \"when\""), FolderCheck.whenProblems(entries(20, 10)));
        // a tie: the later entry of the two
        assertEquals(List.of("journal entry 0001_users has \"when\" 10, not after 0000_init (10): drizzle-orm's migrator would skip it on"
                + " databases that applied the earlier one; give it a larger \"when\""), FolderCheck.whenProblems(entries(10, 10)));
    }

    /** Of two orders equally long, the one keeping the entries whose checksum file records their "when": the other was edited. */
    @Test
    void ofTwoOrdersEquallyLongTheOneKeepingEntriesTheirChecksumFilesVouchForIsTaken() {
        List<JournalEntry> firstEdited = entries(25, 20, 30);
        assertEquals(List.of("journal entry 0000_init has \"when\" 25, not before 0001_users (20), which comes after it: drizzle-orm's"
                + " migrator would skip 0001_users and what follows on databases that applied 0000_init; give 0000_init a \"when\" below 20"),
                FolderCheck.whenProblems(firstEdited, e -> e.idx() > 0));
        assertEquals(List.of("journal entry 0001_users has \"when\" 20, not after 0000_init (25): drizzle-orm's migrator would skip it on"
                + " databases that applied the earlier one; give it a larger \"when\" (below 0002_retype's, 30)"),
                FolderCheck.whenProblems(firstEdited, e -> true), "all vouched: the earlier entries kept, as before");
    }

    @Test
    void inOrderIsNoProblemAndAFirstEntryPastAllIsNamedWithTheNextOne() {
        assertEquals(List.of(), FolderCheck.whenProblems(entries(1, 2, 3, 4)));
        assertEquals(List.of("journal entry 0000_init has \"when\" 99, not before 0001_users (2), which comes after it: drizzle-orm's migrator"
                + " would skip 0001_users and what follows on databases that applied 0000_init; give 0000_init a \"when\" below 2"),
                FolderCheck.whenProblems(entries(99, 2, 3, 4)));
    }

    /** "entry 2 needs a string "tag" and a number "when"" named neither the entry's migration nor what was wrong with it. */
    @Test
    void anEntryWithoutItsWhenIsNamedByItsTag() throws Exception {
        String journal = "{\"version\":\"7\",\"dialect\":\"sqlite\",\"entries\":[{\"idx\":0,\"version\":\"6\",\"when\":1,\"tag\":\"0000_init\",\"breakpoints\":true},"
                + "{\"idx\":1,\"version\":\"6\",\"tag\":\"0001_retype\",\"breakpoints\":true},{\"idx\":2,\"when\":\"3\",\"tag\":7}]}";
        SnapshotException e = org.junit.jupiter.api.Assertions.assertThrows(SnapshotException.class,
                () -> Journal.fromJson(JsonText.parse(journal), "drizzle/meta/_journal.json"));
        assertEquals("drizzle/meta/_journal.json: entry 1 (0001_retype) needs a string \"tag\" and a number \"when\" (milliseconds), but it has no"
                + " \"when\". Restore the journal from version control.", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(SnapshotException.class,
                () -> Journal.fromJson(JsonText.parse(journal.replace("\"tag\":\"0001_retype\",", "\"when\":2,\"tag\":\"0001_retype\",")), "j.json"));
        assertEquals("j.json: entry 2 needs a string \"tag\" and a number \"when\" (milliseconds), but its \"tag\" is not a string and its \"when\""
                + " is not a number. Restore the journal from version control.", e.getMessage());
    }

    /**
     * A journal that is not JSON read "... (line 11, column 5): unexpected '}' ... Restore it from version control. unexpected '}' ...
     * at line 11, column 5": Maven's error line appends a cause's message the exception's own does not contain. It says it all once.
     */
    @Test
    void invalidJsonIsSaidOnce() {
        InvalidJsonException bad = org.junit.jupiter.api.Assertions.assertThrows(InvalidJsonException.class, () -> JsonText.parse("{\"entries\": [\n}"));
        SnapshotException e = SnapshotException.invalidJson("drizzle/meta/_journal.json", bad, "");
        assertEquals(null, e.getCause());
        assertEquals("drizzle/meta/_journal.json is not valid JSON (line " + bad.line() + ", column " + bad.column() + "): " + bad.reason()
                + ". Restore it from version control.", e.getMessage());
    }

    /**
     * One entry written twice (a merge that kept both sides' copy): db:verify said four things, among them "two branches each
     * generated one. Run mvn db:rebase", which refuses it. The repeat is said alone, with its fix.
     */
    @Test
    void aRepeatedEntryIsSaidAloneWithItsFix(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        dev.godwit.engine.generate.Generator g = new dev.godwit.engine.generate.Generator();
        g.generate(new dev.godwit.schema.model.SchemaDef(List.of(dev.godwit.engine.testing.TestTables.table("users", "name")), List.of()), folder,
                dev.godwit.engine.generate.GenerateOptions.batch().withName("init"));
        g.generate(new dev.godwit.schema.model.SchemaDef(List.of(dev.godwit.engine.testing.TestTables.table("users", "name", "email")), List.of()), folder,
                dev.godwit.engine.generate.GenerateOptions.batch().withName("email"));
        String journal = java.nio.file.Files.readString(folder.journalFile());
        int start = journal.lastIndexOf("{", journal.indexOf("0001_email"));
        int end = journal.indexOf("}", journal.indexOf("0001_email")) + 1;
        java.nio.file.Files.writeString(folder.journalFile(), journal.substring(0, end) + ",\n    " + journal.substring(start, end) + journal.substring(end));
        assertEquals(List.of("journal entry 0001_email (idx 1) is there twice: its SQL would run twice; remove the repeated entry from"
                + " meta/_journal.json (a merge that kept both sides' copy of it leaves it so)"), FolderCheck.problems(MigrationsFolder.at(dir.resolve("drizzle"))));
    }

    /**
     * A journal tag mistyped (0003_view -> 0003_vieww): two findings, one saying to db:drop the entry (which failed over the other),
     * one to move 0003_view.sql's SQL into a new custom migration (which would run an applied migration's SQL again). One now.
     */
    @Test
    void aTagAndAFileOfOneNumberThatNoLongerMatchAreOneFinding(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        dev.godwit.engine.generate.Generator g = new dev.godwit.engine.generate.Generator();
        g.generate(new dev.godwit.schema.model.SchemaDef(List.of(dev.godwit.engine.testing.TestTables.table("users", "name")), List.of()), folder,
                dev.godwit.engine.generate.GenerateOptions.batch().withName("init"));
        g.generate(new dev.godwit.schema.model.SchemaDef(List.of(dev.godwit.engine.testing.TestTables.table("users", "name", "email")), List.of()), folder,
                dev.godwit.engine.generate.GenerateOptions.batch().withName("view"));
        java.nio.file.Files.writeString(folder.journalFile(), java.nio.file.Files.readString(folder.journalFile()).replace("\"0001_view\"", "\"0001_vieww\""));
        assertEquals(List.of("the journal lists 0001_vieww but there is no drizzle/0001_vieww.sql, and drizzle/0001_view.sql, of the same number, has no"
                + " journal entry: the tag or the file name was changed. Make them the same again: the tag in drizzle/meta/_journal.json back to"
                + " 0001_view, or the file back to 0001_vieww.sql (the name applied databases record is the one to keep)"),
                FolderCheck.problems(MigrationsFolder.at(dir.resolve("drizzle"))));
    }
}
