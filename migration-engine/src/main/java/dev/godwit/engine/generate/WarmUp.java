package dev.godwit.engine.generate;

import dev.godwit.engine.diff.BatchRenameResolver;
import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.engine.diff.SchemaDiffer;
import dev.godwit.engine.folder.JsonText;
import dev.godwit.engine.folder.Snapshot;
import dev.godwit.engine.folder.SnapshotCodec;
import dev.godwit.engine.plan.SqlitePlanner;
import dev.godwit.schema.model.SchemaDef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the diff, the SQL planner and the snapshot writer once over a two-table schema of its own,
 * while the real schema is still loading on another thread: in a fresh JVM the first run of that
 * code is what costs (loading and linking its classes, interpreting it), and otherwise it would
 * be paid after the schema arrives, with the other core idle.
 */
final class WarmUp {

    private WarmUp() {
    }

    /** Returns the warm-up's SQL (for its test); never throws: a warm-up that fails only warms less. */
    static String run() {
        try (InputStream in = WarmUp.class.getResourceAsStream("warm-up-snapshot.json")) {
            if (in == null) return "";
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            SchemaDef schema = SnapshotCodec.fromJson(JsonText.parse(text), "warm-up-snapshot.json").schema();
            SchemaDiff diff = SchemaDiffer.diff(SchemaDef.EMPTY, schema, new BatchRenameResolver());
            String sql = SqlitePlanner.plan(diff).sqlText();
            SnapshotCodec.render(new Snapshot("warm-up", Snapshot.ORIGIN, schema, diff.renamedTables(), diff.renamedColumns()));
            return sql;
        } catch (IOException | dev.godwit.engine.folder.InvalidJsonException | RuntimeException e) {
            return "";
        }
    }
}
