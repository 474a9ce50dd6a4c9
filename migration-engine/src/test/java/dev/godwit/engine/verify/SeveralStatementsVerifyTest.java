package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-team brief (round 54): db:apply warns of a pending migration holding several statements with no {@code -->
 * statement-breakpoint} between them (drizzle-orm's migrate() sends them as one, which better-sqlite3 and D1 refuse), db:verify
 * said nothing, so CI passed a hand-written seed that the application's migrate() then failed on. db:verify says it now, worded
 * for a committed migration: only where it is still pending for such an application does it matter.
 */
class SeveralStatementsVerifyTest {

    @TempDir
    Path dir;

    @Test
    void aCustomMigrationWithoutBreakpointsIsWarnedOfWhereItMatters() throws Exception {
        SchemaDef schema = VerifierTest.users(ColumnDef.of("name", "text"));
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(schema, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(schema, folder, GenerateOptions.batch().withName("seed").withCustom(true));
        Files.writeString(folder.sqlFile("0001_seed"), "INSERT INTO users (id, email, name) VALUES (1, 'ann@example.com', 'Ann');\n"
                + "INSERT INTO users (id, email, name) VALUES (2, 'bob@example.com', 'Bob');\n");
        Verifier.Verification v = Verifier.check(schema, folder);
        assertEquals(List.of(), v.findings());
        assertEquals(List.of("drizzle/0001_seed.sql holds several statements with no --> statement-breakpoint between them: statements 1 to 2"
                + " (INSERT INTO users (id, email, name) VALU… ... INSERT INTO users (id, email, name) VALU…). Godwit runs each, but drizzle-orm's"
                + " migrate() sends the text between two markers as one statement, which better-sqlite3 and D1 refuse and sql.js or libsql run"
                + " only the first of. It matters only where an application applies this folder with drizzle-orm and the migration is still"
                + " pending there: put the marker on a line of its own after each statement (as drizzle-kit writes them) before it is applied"
                + " there; one every such database has applied is not sent again, leave it"), v.warnings());

        // with the markers, nothing to say
        Files.writeString(folder.sqlFile("0001_seed"), "INSERT INTO users (id, email, name) VALUES (1, 'ann@example.com', 'Ann');\n--> statement-breakpoint\n"
                + "INSERT INTO users (id, email, name) VALUES (2, 'bob@example.com', 'Bob');\n");
        assertEquals(List.of(), Verifier.check(schema, folder).warnings());
    }

    /**
     * db:apply warns of a pending migration with a part between markers that holds no statement (a file ending in the marker, two
     * in a row), which drizzle-orm's migrate() sends as a statement and better-sqlite3 refuses; db:verify said nothing of it.
     */
    @Test
    void anEmptyPartBetweenBreakpointsIsWarnedOfWhereItMatters() throws Exception {
        SchemaDef schema = VerifierTest.users(ColumnDef.of("name", "text"));
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(schema, folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(schema, folder, GenerateOptions.batch().withName("seed").withCustom(true));
        Files.writeString(folder.sqlFile("0001_seed"), "INSERT INTO users (id, email, name) VALUES (1, 'ann@example.com', 'Ann');\n--> statement-breakpoint\n"
                + "--> statement-breakpoint\nINSERT INTO users (id, email, name) VALUES (2, 'bob@example.com', 'Bob');\n--> statement-breakpoint\n");
        Verifier.Verification v = Verifier.check(schema, folder);
        assertEquals(List.of(), v.findings());
        assertEquals(List.of("drizzle/0001_seed.sql has 2 parts between --> statement-breakpoint markers holding no statement (after statement 1,"
                + " after the last statement). Godwit skips them, but drizzle-orm's migrate() sends each part as a statement, which better-sqlite3"
                + " refuses (The supplied SQL string contains no statements). It matters only where an application applies this folder with"
                + " drizzle-orm and the migration is still pending there: remove the marker that leaves a part empty before it is applied there;"
                + " one every such database has applied is not sent again, leave it"), v.warnings());

        // one marker between the two statements: nothing to say
        Files.writeString(folder.sqlFile("0001_seed"), "INSERT INTO users (id, email, name) VALUES (1, 'ann@example.com', 'Ann');\n--> statement-breakpoint\n"
                + "INSERT INTO users (id, email, name) VALUES (2, 'bob@example.com', 'Bob');\n");
        assertEquals(List.of(), Verifier.check(schema, folder).warnings());
    }
}
