package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationException;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.rebase.RebaseException;
import dev.godwit.engine.rebase.Rebaser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A db:generate stopped between its files and the journal, which it writes last (Ctrl-C, a killed build): every goal named a
 * merge's fix (git checkout -m, then db:rebase, which found nothing to rebase) or wrangler's, and the user went round in a circle.
 */
class UnfinishedGenerateTest {

    @TempDir
    Path dir;

    /** Three migrations generated, then the journal as it was before the third: what a kill before its last write leaves. */
    private MigrationsFolder interruptedThird() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(StaleSumTest.schema(), folder, GenerateOptions.batch().withName("init"));
        g.generate(StaleSumTest.schema("name"), folder, GenerateOptions.batch().withName("name"));
        g.generate(StaleSumTest.schema("name", "bio"), folder, GenerateOptions.batch().withName("bio"));
        Journal j = folder.readJournal();
        Files.writeString(folder.journalFile(), new Journal(j.entries().subList(0, 2)).toJsonText());
        return folder;
    }

    @Test
    void theFolderCheckNamesTheInterruptedGenerateAndBothWaysOn() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        interruptedThird();
        long when = Long.parseLong(Files.readString(folder.sumFile("0002_bio")).split(" ")[1].substring("when=".length()));
        String expected = "drizzle/0002_bio.sql is a migration db:generate wrote (drizzle/meta/_sums/0002_bio.sha256 records it) after the"
                + " journal's last migration, 0001_name, but drizzle/meta/_journal.json does not list it: db:generate writes the journal last,"
                + " so most likely it was stopped before it finished (Ctrl-C, a killed build), or the entry was taken out of the journal"
                + " since. Keep it by adding its entry at the end of \"entries\" in drizzle/meta/_journal.json: {\"idx\": 2, \"version\":"
                + " \"6\", \"when\": " + when + ", \"tag\": \"0002_bio\", \"breakpoints\": true} (the way too where a database applied it"
                + " before the entry was taken out); or delete drizzle/0002_bio.sql, drizzle/meta/0002_snapshot.json and drizzle/meta/_sums/0002_bio.sha256, then"
                + " run mvn db:generate again, which writes it whole";
        MigrationsFolder shown = folder.shownFrom(dir);
        // alone: not also "SQL outside the snapshots (made by wrangler d1 migrations create?)" and "belongs to no journal entry"
        assertEquals(List.of(expected), FolderCheck.problems(shown));
        MigrationException e = assertThrows(MigrationException.class,
                () -> Migrator.local(shown, HistoryTable.forName("__drizzle_migrations")));
        assertEquals(expected + ". Nothing was applied.", e.getMessage());
        // db:rebase, which said "Nothing to rebase: the migrations form one chain" and left the folder every other goal refuses
        String journal = Files.readString(folder.journalFile());
        RebaseException r = assertThrows(RebaseException.class, () -> new Rebaser(EngineLog.SILENT).rebase(shown));
        assertEquals("Cannot rebase this folder: " + expected + ". Nothing was written.", r.getMessage());
        assertEquals(journal, Files.readString(folder.journalFile()));
    }

    @Test
    void theEntryItPrintsIsTheOneTheGenerateWouldHaveWritten() throws Exception {
        MigrationsFolder whole = MigrationsFolder.at(dir.resolve("whole/drizzle"));
        Generator g = new Generator();
        g.generate(StaleSumTest.schema(), whole, GenerateOptions.batch().withName("init"));
        g.generate(StaleSumTest.schema("name"), whole, GenerateOptions.batch().withName("name"));
        JournalEntry wanted = whole.readJournal().entries().get(1);

        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        interruptedThird();
        JournalEntry written = folder.readJournal().entries().get(1);
        String message = UnfinishedGenerate.describe(folder, folder.sqlFile("0002_bio"));
        String entry = message.substring(message.indexOf('{'), message.indexOf('}') + 1);
        long when = Long.parseLong(entry.replaceFirst(".*\"when\": (\\d+).*", "$1"));
        assertEquals("{\"idx\": 2, \"version\": \"" + wanted.version() + "\", \"when\": " + when + ", \"tag\": \"0002_bio\", \"breakpoints\": true}",
                entry);
        assertEquals(Long.parseLong(Files.readString(folder.sumFile("0002_bio")).split(" ")[1].substring("when=".length())), when);
        assertTrue(when > written.when());

        // kept: the entry added as printed makes the folder whole again
        List<JournalEntry> entries = new ArrayList<>(folder.readJournal().entries());
        entries.add(new JournalEntry(2, "6", when, "0002_bio", true));
        Files.writeString(folder.journalFile(), new Journal(entries).toJsonText());
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(3, Migrator.local(folder, HistoryTable.forName("__drizzle_migrations")).size());
    }

    @Test
    void deletedAsPrintedTheNextGenerateWritesItWhole() throws Exception {
        MigrationsFolder folder = interruptedThird();
        Files.delete(folder.sqlFile("0002_bio"));
        Files.delete(folder.snapshotFile("0002_bio"));
        Files.delete(folder.sumFile("0002_bio"));
        assertEquals(List.of(), FolderCheck.problems(folder));
        new Generator().generate(StaleSumTest.schema("name", "bio"), folder, GenerateOptions.batch().withName("bio"));
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals("ALTER TABLE `users` ADD `bio` text;", Files.readString(folder.sqlFile("0002_bio")));
    }

    @Test
    void aMergesLostEntryIsNotTakenForIt() throws Exception {
        // the other branch's 0001_bio beside this branch's 0001_name: a number the journal has, a parent it shares
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(StaleSumTest.schema(), folder, GenerateOptions.batch().withName("init"));
        g.generate(StaleSumTest.schema("bio"), folder, GenerateOptions.batch().withName("bio"));
        String sql = Files.readString(folder.sqlFile("0001_bio"));
        Files.delete(folder.sqlFile("0001_bio"));
        Files.delete(folder.snapshotFile("0001_bio"));
        Journal j = folder.readJournal();
        Files.writeString(folder.journalFile(), new Journal(j.entries().subList(0, 1)).toJsonText());
        g.generate(StaleSumTest.schema("name"), folder, GenerateOptions.batch().withName("name"));
        Files.writeString(folder.sqlFile("0001_bio"), sql);
        assertNull(UnfinishedGenerate.describe(folder, folder.sqlFile("0001_bio")));
        assertTrue(FolderCheck.problems(folder).stream().noneMatch(p -> p.contains("writes the journal last")),
                FolderCheck.problems(folder).toString());
    }
}
