package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red team (round 58, c08): phones moved to profiles by a copy filtered with {@code WHERE phone LIKE '+%'}, then {@code ALTER TABLE
 * users DROP COLUMN phone}: db:verify said nothing of the values the copy left behind, which went with the column. Its replay now
 * warns, naming the column, how many of the generated values went nowhere and the statement whose WHERE left them out.
 */
class FilteredCopyDropReplayTest {

    @TempDir
    Path dir;

    private static final SchemaDef BEFORE = dev.godwit.engine.yaml.YamlSchemaReader.read("""
            tables:
              - name: users
                columns:
                  - {name: id, type: integer, primaryKey: true}
                  - {name: phone, type: text}
            """, "schema.yaml");

    private static final SchemaDef AFTER = dev.godwit.engine.yaml.YamlSchemaReader.read("""
            tables:
              - name: users
                columns:
                  - {name: id, type: integer, primaryKey: true}
              - name: profiles
                columns:
                  - {name: user_id, type: integer, primaryKey: true}
                  - {name: phone, type: text, notNull: true}
            """, "schema.yaml");

    private Verifier.Verification verify(String copy) throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(BEFORE, folder, GenerateOptions.batch().withName("init"));
        // the snapshot db:generate records for the new schema, the SQL written by hand in its place
        new Generator().generate(AFTER, folder, GenerateOptions.batch().withName("split").withAcceptDataLoss(true));
        Path file = folder.sqlFile("0001_split");
        Files.writeString(file, "CREATE TABLE `profiles` (`user_id` integer PRIMARY KEY, `phone` text NOT NULL);\n"
                + "--> statement-breakpoint\n" + copy + "\n--> statement-breakpoint\nALTER TABLE `users` DROP COLUMN `phone`;\n");
        return Verifier.check(AFTER, folder);
    }

    @Test
    void aDropAfterAFilteredCopyWarnsOfTheValuesLeftBehind() throws Exception {
        Verifier.Verification v = verify("INSERT INTO profiles (user_id, phone) SELECT id, phone FROM users WHERE phone LIKE '+%';");
        assertEquals(List.of(), v.findings().stream().filter(f -> f.kind() != Finding.Kind.EDITED).toList());   // written by hand in place of the generated SQL
        assertEquals(List.of("replaying 0001_split.sql on tables holding generated rows: it drops the column \"users\".\"phone\" (3 values;"
                + " 3 of them copied nowhere, left out by the WHERE of 0001_split.sql statement 2); on a database, the values that WHERE"
                + " leaves out are gone with the column: copy them too if they are to stay; if they are meant to go, declare it in"
                + " 0001_split.sql with the line -- godwit:accept-data-loss users"), v.warnings());
    }

    /**
     * db:verify replays every migration of the folder on each build: a copy filtered on purpose (only the phones meant to stay)
     * was warned of on every run for good, with no way to say it is meant. The migration's declaration of the table says it.
     */
    @Test
    void aDeclaredDropAfterAFilteredCopyWarnsOfNothing() throws Exception {
        Verifier.Verification v = verify("-- godwit:accept-data-loss users (only international numbers are kept)\n"
                + "INSERT INTO profiles (user_id, phone) SELECT id, phone FROM users WHERE phone LIKE '+%';");
        assertEquals(List.of(), v.findings().stream().filter(f -> f.kind() != Finding.Kind.EDITED).toList());
        assertEquals(List.of(), v.warnings());
    }

    @Test
    void aDropAfterACopyOfEveryValueWarnsOfNothing() throws Exception {
        Verifier.Verification v = verify("INSERT INTO profiles (user_id, phone) SELECT id, phone FROM users WHERE phone IS NOT NULL;");
        assertEquals(List.of(), v.findings().stream().filter(f -> f.kind() != Finding.Kind.EDITED).toList());   // written by hand in place of the generated SQL
        assertEquals(List.of(), v.warnings());
    }
}
