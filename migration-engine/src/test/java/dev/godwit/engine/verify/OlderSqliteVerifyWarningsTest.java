package dev.godwit.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.sql.D1Rules;
import dev.godwit.engine.target.ProjectSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an apply to wrangler's local D1 file warns of, a statement the older SQLite there (and D1) computes otherwise
 * ({@code concat_ws()}, {@code json_group_object()}, the {@code 'localtime'} modifier) or an R*Tree table older wranglers lack,
 * was not said by db:verify, where CI sees a migration before any apply: a warning in a D1 project now, once per statement, in
 * the apply's words; never a failure, and nothing outside a D1 project.
 */
class OlderSqliteVerifyWarningsTest {

    @TempDir
    Path dir;

    static final String CONCAT = "UPDATE users SET email = concat_ws(' ', email, '')";
    static final String GROUP = "UPDATE users SET email = email || (SELECT json_group_object(u.email, u.id) FROM users u WHERE u.id = users.id)";
    static final String RTREE = "CREATE VIRTUAL TABLE boxes USING rtree(id, min_x, max_x)";
    static final String VIEW = "CREATE VIEW names AS SELECT concat_ws(' ', email, '') AS n FROM users";

    MigrationsFolder withCustom(String sql) throws IOException {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        new Generator().generate(VerifierTest.users(), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(VerifierTest.users(), folder, GenerateOptions.batch().withName("data").withCustom(true));
        Path custom = folder.sqlFile("0001_data");
        Files.writeString(custom, Files.readString(custom) + "\n" + sql);
        return folder;
    }

    static final String PENDING_ONLY = " (this project goes to D1: an apply to wrangler's local D1 file warns of it too; it matters only where the"
            + " migration is still pending: one every database has applied is not sent again, leave it)";

    @Test
    void aStatementWranglersSqliteComputesOtherwiseIsWarnedOfInAD1Project() throws IOException {
        MigrationsFolder folder = withCustom(CONCAT + ";\n--> statement-breakpoint\n" + GROUP + ";\n--> statement-breakpoint\n" + RTREE
                + ";\n--> statement-breakpoint\n" + VIEW + ";\n--> statement-breakpoint\nDROP VIEW names;\n");
        assertEquals(List.of(), Verifier.check(() -> VerifierTest.users(), folder, false).warnings());

        Verifier.Verification d1 = Verifier.check(() -> VerifierTest.users(), folder, true);
        assertEquals(List.of(), d1.findings());
        assertEquals(List.of(
                "drizzle/0001_data.sql, statement 1: " + D1Rules.olderSqliteComputesOtherwise(CONCAT) + PENDING_ONLY,
                "drizzle/0001_data.sql, statement 2: " + D1Rules.olderSqliteComputesOtherwise(GROUP) + PENDING_ONLY,
                "drizzle/0001_data.sql, statement 3: " + D1Rules.olderWranglerLocalD1Lacks(RTREE) + PENDING_ONLY), d1.warnings());
        assertTrue(d1.warnings().get(0).contains(": it calls concat_ws(), which the SQLite of wrangler's local D1 (3.47.0, wrangler 4.86.0)"
                + " computes otherwise"), d1.warnings().get(0));

        // wrangler's layout reads the file as wrangler runs it: the same statements, the same warnings
        Verifier.Verification wrangler = Verifier.check(() -> VerifierTest.users(), folder, true,
                new ProjectSettings.History("d1_migrations", true, "wrangler.toml"));
        assertEquals(d1.warnings(), wrangler.warnings());
    }

    /** Several reasons in one statement are one warning, each in its own words. */
    @Test
    void severalReasonsInOneStatementAreOneWarning() throws IOException {
        String both = "UPDATE users SET email = concat_ws(' ', email, (SELECT json_group_object(u.email, u.id) FROM users u))";
        MigrationsFolder folder = withCustom(both + ";\n");
        List<String> warnings = Verifier.check(() -> VerifierTest.users(), folder, true).warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("drizzle/0001_data.sql, statement 1: " + D1Rules.olderSqliteComputesOtherwise(both) + PENDING_ONLY, warnings.get(0));
    }

    /** A statement D1 refuses is a finding already: no warning of how it would compute besides. */
    @Test
    void aStatementD1RefusesIsAFindingWithoutTheWarning() throws IOException {
        String refused = "CREATE TEMP TABLE scratch AS SELECT concat_ws(' ', email, '') AS n FROM users";
        MigrationsFolder folder = withCustom(refused + ";\n");
        Verifier.Verification d1 = Verifier.check(() -> VerifierTest.users(), folder, true);
        assertEquals(1, d1.findings().size(), d1.findings().toString());
        assertEquals(List.of(), d1.warnings());
    }
}
