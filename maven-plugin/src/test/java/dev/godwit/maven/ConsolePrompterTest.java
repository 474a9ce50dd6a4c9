package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The questions db:generate asks at a terminal, answered by a script instead of a person. */
class ConsolePrompterTest {

    @TempDir
    Path dir;

    final StringWriter screen = new StringWriter();

    private ConsolePrompter answering(String... answers) {
        Deque<String> queue = new ArrayDeque<>(List.of(answers));
        return new ConsolePrompter(prompt -> {
            screen.append(prompt);
            String a = queue.poll();
            screen.append(a == null ? "<end>" : a).append('\n');
            return a;
        }, new PrintWriter(screen, true));
    }

    private static SchemaDef people(String nameColumn, String... extra) {
        List<ColumnDef> cols = new java.util.ArrayList<>(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true), ColumnDef.of(nameColumn, "text")));
        for (String e : extra) cols.add(ColumnDef.of(e, "text"));
        return new SchemaDef(List.of(new TableDef("people", cols, null, List.of(), List.of(), List.of(), null)), List.of());
    }

    @Test
    void aColumnRenameChosenAtThePromptBecomesARename() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(people("name"), folder, GenerateOptions.batch().withName("init"));
        GenerateResult r = new Generator().generate(people("full_name"), folder, new GenerateOptions("rename", false, false, answering("x", "1")));
        assertEquals("ALTER TABLE `people` RENAME COLUMN \"name\" TO \"full_name\";", Files.readString(r.sqlFile()));
        String shown = screen.toString();
        assertTrue(shown.contains("Is column \"full_name\" in table \"people\" created or renamed from another column?"), shown);
        assertTrue(shown.contains("  0) + create column\n  1) ~ name > rename column\n"), shown);
        assertTrue(shown.contains("Type a number from 0 to 1."), shown);
    }

    @Test
    void createAtThePromptMeansADropThatMustBeConfirmed() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(people("name"), folder, GenerateOptions.batch().withName("init"));
        ConsolePrompter no = answering("0", "n");
        org.junit.jupiter.api.Assertions.assertThrows(dev.godwit.engine.generate.DataLossException.class,
                () -> new Generator().generate(people("full_name"), folder, new GenerateOptions("swap", false, false, no)));
        assertFalse(Files.exists(folder.sqlFile("0001_swap")), "nothing is written when the user says no");
        assertTrue(screen.toString().contains("This migration loses data:\n  - drop column \"people\".\"name\" and its values\nWrite it anyway? [y/N]: n"),
                screen.toString());

        GenerateResult yes = new Generator().generate(people("full_name"), folder, new GenerateOptions("swap", false, false, answering("", "y")));
        String sql = Files.readString(yes.sqlFile());
        assertTrue(sql.contains("ADD `full_name` text") && sql.contains("DROP COLUMN `name`"), sql);
    }

    /** db:push writes no migration: its question said "This migration loses data ... Write it anyway?" over a change to the database. */
    @Test
    void thePushAsksAboutThePushNotAMigration() {
        Deque<String> queue = new ArrayDeque<>(List.of("y"));
        ConsolePrompter push = new ConsolePrompter(prompt -> {
            screen.append(prompt);
            return queue.poll();
        }, new PrintWriter(screen, true), "push");
        assertTrue(push.confirmDataLoss(List.of("drop table \"tags\" with 2 row(s)")));
        assertEquals("\nThis push loses data:\n  - drop table \"tags\" with 2 row(s)\nPush it anyway? [y/N]: ", screen.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void endOfInputAnswersTheSafeWay() {
        ConsolePrompter closed = answering();
        assertEquals(null, closed.tableRenamedFrom("users", List.of("people")));
        assertFalse(closed.confirmDataLoss(List.of("drop table \"people\"")));
    }
}
