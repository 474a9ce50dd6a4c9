package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two branches each generated 0001; git's merge conflicts only on the entry's "when" and "tag" lines, and a hurried resolution
 * keeps both sides' lines: one entry giving "when" and "tag" twice. Every JSON reader kept the last pair, so the other branch's
 * migration had no entry, and db:verify called its file one made by `wrangler d1 migrations create`, to be pasted into a custom
 * migration. The journal is refused, naming the merged entry and db:rebase.
 */
class JournalMergedEntriesTest {

    @TempDir
    Path dir;

    @Test
    void anEntryGivingAFieldTwiceIsAMergeNotAFileWithoutEntry() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(StaleSumTest.schema(), folder, GenerateOptions.batch().withName("init"));
        g.generate(StaleSumTest.schema("name"), folder, GenerateOptions.batch().withName("name"));
        Files.writeString(folder.sqlFile("0001_nick"), "ALTER TABLE `users` ADD `nick` text;");
        String journal = Files.readString(folder.journalFile());
        String when = journal.substring(journal.lastIndexOf("\"when\""), journal.indexOf('\n', journal.lastIndexOf("\"when\"")));
        // git's conflict held "when" and "tag" of both sides; both sides' lines kept, markers deleted
        Files.writeString(folder.journalFile(), journal.replace("\"tag\": \"0001_name\",",
                "\"tag\": \"0001_name\",\n      " + when.replaceFirst("\\d+", "1") + "\n      \"tag\": \"0001_nick\","));

        SnapshotException e = assertThrows(SnapshotException.class, folder::readJournal);
        assertTrue(e.getMessage().startsWith("drizzle/meta/_journal.json gives the field \"when\" a second time in one object (line 17,"
                + " column 7): two journal entries were merged into one"), e.getMessage());
        assertTrue(e.getMessage().contains("mvn db:rebase"), e.getMessage());
        // db:verify says the same, not "0001_nick.sql is SQL outside the snapshots ... (made by `wrangler d1 migrations create`?)"
        String found = Verifier.check(StaleSumTest.schema("name", "nick"), folder).findings().toString();
        assertTrue(found.contains("gives the field \"when\" a second time") && !found.contains("wrangler"), found);

        // drizzle-kit never writes a field twice: the journals it and Godwit write are read as before
        Files.writeString(folder.journalFile(), journal);
        assertEquals(2, folder.readJournal().entries().size());
    }

    /**
     * A team that put {@code drizzle/meta/*.json merge=union} in .gitattributes (to stop journal conflicts) gets the merged entry
     * from git without a conflict, and the refusal's "git checkout -m" merges it the same way again: no markers ever come back
     * for db:rebase. The refusal names the line to take out first.
     */
    @Test
    void aUnionMergeAttributeIsNamedWithTheMergedEntry() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".gitattributes"), "*.sh text eol=lf\ndrizzle/meta/*.json merge=union\n");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(StaleSumTest.schema(), folder, GenerateOptions.batch().withName("init"));
        g.generate(StaleSumTest.schema("name"), folder, GenerateOptions.batch().withName("name"));
        Files.writeString(folder.sqlFile("0001_nick"), "ALTER TABLE `users` ADD `nick` text;");
        String journal = Files.readString(folder.journalFile());
        // as git's union merge leaves it: both sides' "when" and "tag" lines in one entry
        Files.writeString(folder.journalFile(), journal.replace("\"tag\": \"0001_name\",",
                "\"tag\": \"0001_name\",\n      \"when\": 1,\n      \"tag\": \"0001_nick\","));

        SnapshotException e = assertThrows(SnapshotException.class, folder::readJournal);
        assertTrue(e.getMessage().endsWith(" then run mvn db:rebase, which moves one branch's migrations after the other's. .gitattributes"
                + " line 2 (drizzle/meta/*.json merge=union) has git merge these files so without a conflict, and git checkout -m merge"
                + " them so again (the snapshot both branches wrote too, which then holds neither side): take that line out first, then"
                + " git checkout -m -- drizzle/meta/_journal.json and the shared snapshot. Nothing was done."), e.getMessage());
    }

    /**
     * A merge=union line for other files (CHANGELOG.md, a whole folder elsewhere), or one a later line or a .gitattributes nearer
     * the journal takes back (-merge, merge=binary), does not merge the journal: the refusal named such a line as the one to take
     * out. Only a line git applies to meta/_journal.json is named.
     */
    @Test
    void aUnionMergeLineForOtherFilesIsNotNamed() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        Generator g = new Generator();
        g.generate(StaleSumTest.schema(), folder, GenerateOptions.batch().withName("init"));
        g.generate(StaleSumTest.schema("name"), folder, GenerateOptions.batch().withName("name"));
        Files.writeString(folder.sqlFile("0001_nick"), "ALTER TABLE `users` ADD `nick` text;");
        String journal = Files.readString(folder.journalFile());
        Files.writeString(folder.journalFile(), journal.replace("\"tag\": \"0001_name\",",
                "\"tag\": \"0001_name\",\n      \"when\": 1,\n      \"tag\": \"0001_nick\","));
        String plain = " then run mvn db:rebase, which moves one branch's migrations after the other's. Nothing was done.";
        for (String attributes : new String[] {"CHANGELOG.md merge=union\n", "docs/** merge=union\n", "*.json merge=union\n*.json -merge\n",
                "drizzle/meta/*.json merge=union\ndrizzle/meta/_journal.json merge=binary\n", "# drizzle/meta/*.json merge=union\n"}) {
            Files.writeString(dir.resolve(".gitattributes"), attributes);
            SnapshotException e = assertThrows(SnapshotException.class, folder::readJournal);
            assertTrue(e.getMessage().endsWith(plain), attributes + ": " + e.getMessage());
        }
        Files.writeString(dir.resolve(".gitattributes"), "*.json merge=union\n");
        Files.writeString(dir.resolve("drizzle/.gitattributes"), "meta/*.json merge=text\n");
        assertTrue(assertThrows(SnapshotException.class, folder::readJournal).getMessage().endsWith(plain));
        // the line git does apply: a pattern without a slash matches the file's name in any folder below
        Files.delete(dir.resolve("drizzle/.gitattributes"));
        assertTrue(assertThrows(SnapshotException.class, folder::readJournal).getMessage().contains(".gitattributes line 1 (*.json merge=union) has git"));
        Files.writeString(dir.resolve(".gitattributes"), "/drizzle/**/_journal.json  merge=union\n");
        assertTrue(assertThrows(SnapshotException.class, folder::readJournal).getMessage().contains(".gitattributes line 1 (/drizzle/**/_journal.json  merge=union) has git"));
    }
}
