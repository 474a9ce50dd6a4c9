package dev.godwit.engine.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.diff.Prompter;
import dev.godwit.engine.push.PushResult;
import dev.godwit.engine.push.Pusher;
import dev.godwit.engine.sql.Quoting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * db:push over every oracle case: each step's schema is pushed to one database (foreign keys on, as D1 runs it), the
 * step's rows inserted, no row may go missing, and a second push of the same schema must find nothing to do (the live
 * schema read back is the declared one). The end is the database db:generate's migrations make:
 * {@code golden/<case>/result.txt}.
 */
class PushedCasesTest {

    @TempDir
    Path dir;

    /** Nothing undeclared is a rename (as the cases mean it); data loss is accepted (the case says what goes). */
    static final Prompter DECLARED_ONLY = new Prompter() {
        @Override
        public boolean confirmDataLoss(List<String> destructive) {
            return true;
        }

        @Override
        public String tableRenamedFrom(String added, List<String> dropped) {
            return null;
        }

        @Override
        public String columnRenamedFrom(String table, String added, List<String> dropped) {
            return null;
        }
    };

    static java.util.stream.Stream<String> oracleCases() throws IOException {
        return GoldenCasesTest.oracleCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracleCases")
    void pushedStepByStep(String name) throws IOException {
        List<GoldenCasesTest.Step> steps = GoldenCasesTest.readCase(GoldenCasesTest.ORACLE_CASES.resolve(name + ".yaml"));
        Path golden = GoldenCasesTest.GOLDEN.resolve(name).resolve("result.txt");
        Map<String, Long> expectedRows = new LinkedHashMap<>();
        // in memory, limited as wrangler's local D1 file is (the pusher goes by its capabilities, not by a file)
        try (SqliteDatabase db = SqliteDatabase.inMemoryStandingFor(dir.resolve("push.sqlite"), true)) {
            Pusher pusher = new Pusher(db, EngineLog.SILENT, Set.of());
            for (int i = 0; i < steps.size(); i++) {
                GoldenCasesTest.Step step = steps.get(i);
                if (step.refused() != null) break;
                String at = name + " step " + i;
                try {
                    pusher.push(step.schema(), true, DECLARED_ONLY);
                } catch (dev.godwit.schema.model.SchemaException | dev.godwit.engine.plan.UnsafeSqlException e) {
                    break;   // refused by db:generate as well (golden refused.txt)
                }
                PushResult again = pusher.push(step.schema(), false, null);
                assertFalse(again.changed(), at + ": a second push of the same schema finds " + again.changes());
                expectedRows = GoldenCasesTest.rowsKept(step, expectedRows, db, at);
                List<String> inserts = new ArrayList<>();
                for (Map.Entry<String, List<Map<String, Object>>> e : step.rows().entrySet()) {
                    for (Map<String, Object> row : e.getValue()) inserts.add(GoldenCasesTest.insert(e.getKey(), row));
                    expectedRows.merge(e.getKey(), (long) e.getValue().size(), Long::sum);
                }
                if (!inserts.isEmpty()) db.runAtomically(inserts, false);
                assertEquals(List.of(), db.query("PRAGMA foreign_key_check"), at);
            }
            assertEquals(Files.readString(golden), GoldenCasesTest.dump(db), name + ": the pushed database is the one the migrations make");
        }
    }
}
