package dev.godwit.engine.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for "a trigger lost", in db:verify's replay as in the pre-flight: a trigger counts as kept only on its own table.
 * A hand-written rebuild that renames the old table away and keeps it takes the trigger along to the old table (SQLite
 * rewrites it), so writes to the new one no longer fire it; the replay took the trigger's name still being there for kept.
 */
class LostTriggersTest {

    @TempDir
    Path dir;

    Migration migration(int idx, String sql) {
        String tag = String.format("%04d_m%d", idx, idx);
        return new Migration(new JournalEntry(idx, "6", 1000L + idx, tag, true), dir.resolve(tag + ".sql"), sql);
    }

    static final String INIT = String.join("--> statement-breakpoint\n", "CREATE TABLE audit (id integer PRIMARY KEY, what text);",
            "CREATE TABLE orders (id integer PRIMARY KEY, status text);",
            "CREATE TRIGGER orders_audit AFTER UPDATE ON orders BEGIN INSERT INTO audit (what) VALUES ('order ' || NEW.id); END;");
    static final String REBUILD_KEEPING_THE_OLD_TABLE = String.join("--> statement-breakpoint\n", "ALTER TABLE orders RENAME TO orders_old;",
            "CREATE TABLE orders (id integer PRIMARY KEY, status text NOT NULL DEFAULT 'new');",
            "INSERT INTO orders (id, status) SELECT id, coalesce(status, 'new') FROM orders_old;");

    @Test
    void aTriggerTakenAlongToTheTableRenamedAwayIsLostToTheTableThatKeepsTheName() {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, INIT));
            replay.apply(migration(1, REBUILD_KEEPING_THE_OLD_TABLE));
            assertEquals(List.of("0001_m1.sql: orders_audit on orders"),
                    replay.lostTriggers().stream().map(l -> l.migration() + ": " + l.name() + " on " + l.table()).toList());
        }
        // the pre-flight says the same of the same run
        Replica r = Replica.empty();
        try (r) {
            DataCheck.run(r, migration(0, INIT));
            var before = TableFeatures.read(r);
            DataCheck.run(r, migration(1, REBUILD_KEEPING_THE_OLD_TABLE));
            List<String> lost = TableFeatures.lost(before, TableFeatures.read(r), migration(1, REBUILD_KEEPING_THE_OLD_TABLE).statements());
            assertEquals(1, lost.size(), lost.toString());
            assertEquals(true, lost.get(0).startsWith("\"orders\": trigger \"orders_audit\" is gone"), lost.get(0));
        }
    }

    /**
     * db:verify's replay asks the same rule: a view renamed by DROP VIEW and CREATE VIEW (drizzle-kit's way) loses its INSTEAD OF
     * trigger to the view under its new name; it took the view for dropped on purpose and said nothing.
     */
    @Test
    void aViewRenamedByDropAndCreateLosesItsInsteadOfTriggerToTheNewName() {
        try (DataReplay replay = new DataReplay()) {
            replay.apply(migration(0, INIT + "--> statement-breakpoint\nCREATE VIEW open_orders AS SELECT id, status FROM orders;--> statement-breakpoint\n"
                    + "CREATE TRIGGER open_add INSTEAD OF INSERT ON open_orders BEGIN INSERT INTO orders (id, status) VALUES (NEW.id, NEW.status); END;"));
            replay.apply(migration(1, "DROP VIEW `open_orders`;--> statement-breakpoint\nCREATE VIEW `pending` AS SELECT id, status FROM orders;"));
            assertEquals(List.of("0001_m1.sql: open_add on pending (was open_orders): CREATE TRIGGER open_add INSTEAD OF INSERT ON \"pending\" BEGIN"
                    + " INSERT INTO orders (id, status) VALUES (NEW.id, NEW.status); END"),
                    replay.lostTriggers().stream().map(l -> l.migration() + ": " + l.name() + " on " + l.table() + " (was " + l.renamedFrom() + "): "
                            + l.sql()).toList());
        }
    }
}
