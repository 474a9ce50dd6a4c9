package dev.godwit.engine.migrate;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.introspect.Introspector;
import dev.godwit.engine.introspect.SchemaStatements;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A database whose schema is already what pending migrations make, while its history says they never ran: db:push brought a dev
 * database there, then db:generate wrote the pushed changes as a migration. Applying would run those changes a second time: a
 * new column fails as a duplicate, but a rebuild of the table goes through and fills the columns the push added from the
 * migration's defaults, overwriting what they hold. The way on is db:baseline, which records them as applied.
 */
final class SchemaAhead {

    private SchemaAhead() {
    }

    /**
     * The first pending migration whose snapshot the database's schema equals, where that schema is not the one of the last
     * applied migration (nor empty, when none is); null when there is none, or when the folder keeps no snapshots (wrangler's
     * layout, a snapshot missing).
     */
    static Migration reached(Database db, HistoryTable history, List<MigrationState> states, List<Migration> pending,
                             dev.godwit.engine.introspect.TablesFilter filter) {
        if (pending.isEmpty()) return null;
        Path dir = pending.get(0).file().toAbsolutePath().getParent();
        if (dir == null) return null;
        MigrationsFolder folder = MigrationsFolder.at(dir);
        List<Migration> applied = new java.util.ArrayList<>();
        for (MigrationState s : states) {
            if (s.migration() == null || s.migration() == pending.get(0)) break;
            // an applied one edited since (-Ddb.ignoreChecksums goes on over it) is applied all the same
            if (s.state() == MigrationState.State.APPLIED || s.state() == MigrationState.State.CHECKSUM_MISMATCH) applied.add(s.migration());
        }
        try {
            SchemaDef before = applied.isEmpty() ? new SchemaDef(List.of(), List.of()) : snapshot(folder, applied.get(applied.size() - 1));
            if (before == null) return null;
            SchemaDef actual = schemaOf(db, filter.leftOut(db, Set.of(history.name())));
            if (Verifier.differences(actual, before).isEmpty()) return null;   // where its history says it is: the usual case
            Migration reached = null;
            for (Migration m : pending) {
                SchemaDef after = snapshot(folder, m);
                if (after == null) return null;
                if (Verifier.differences(after, before).isEmpty()) continue;   // a migration that changes no schema (a custom one moving rows)
                if (Verifier.differences(actual, after).isEmpty()) {
                    reached = m;
                    break;
                }
            }
            // what the applied migrations themselves make: a hand-written one creates what no snapshot knows (a table declared
            // afterwards, whose generated CREATE was then taken out), and the database is where its history says after all
            if (reached == null || Verifier.differences(actual, replayed(applied)).isEmpty()) return null;
            return reached;
        } catch (RuntimeException unreadable) {
            return null;   // a snapshot this cannot read, migrations that do not run on an empty database: the apply goes on as before
        }
    }

    /**
     * The pending migrations' snapshots, each read from its own file, and the database's schema, read once for {@link
     * #matchesNone} and {@link #besidesOthers} (on remote D1 each read is a request); null where a snapshot is missing or either
     * cannot be read.
     */
    record Schemas(List<Migration> pending, List<SchemaDef> snapshots, SchemaDef actual,
                   dev.godwit.engine.introspect.TablesFilter filter) {

        /**
         * Whether the database's schema is none of the pending migrations' snapshots: said where they fail on what it has already
         * (no way on to name at a migration).
         */
        boolean matchesNone() {
            try {
                return snapshots.stream().noneMatch(after -> Verifier.differences(actual, after).isEmpty());
            } catch (RuntimeException unreadable) {
                return false;
            }
        }

        /**
         * The latest pending migration whose snapshot the database's schema is, but for tables none of the pending migrations'
         * snapshots has (another application's sharing the file, a hand-made one), with their names; null where there is none.
         * db:status named db:push for such a database, which would drop those tables.
         */
        Besides besidesOthers() {
            Set<String> known = new java.util.HashSet<>();
            snapshots.forEach(after -> after.tables().forEach(t -> known.add(t.name())));
            List<String> others = actual.tables().stream().map(t -> t.name()).filter(n -> !known.contains(n)).toList();
            if (others.isEmpty()) return null;
            try {
                SchemaDef without = new SchemaDef(actual.tables().stream().filter(t -> known.contains(t.name())).toList(), actual.views(), actual.sources());
                for (int i = pending.size() - 1; i >= 0; i--) {
                    if (Verifier.differences(without, snapshots.get(i)).isEmpty()) return new Besides(pending.get(i), others, filter);
                }
            } catch (RuntimeException unreadable) {
                return null;
            }
            return null;
        }
    }

    /** {@link Schemas} of {@code db} and the {@code pending} migrations' snapshots; null where not known. */
    static Schemas schemas(Database db, HistoryTable history, List<Migration> pending, dev.godwit.engine.introspect.TablesFilter filter) {
        if (pending.isEmpty()) return null;
        Path dir = pending.get(0).file().toAbsolutePath().getParent();
        if (dir == null) return null;
        MigrationsFolder folder = MigrationsFolder.at(dir);
        try {
            List<SchemaDef> snapshots = new java.util.ArrayList<>();
            for (Migration m : pending) {
                SchemaDef after = snapshot(folder, m);
                if (after == null) return null;
                snapshots.add(after);
            }
            return new Schemas(pending, snapshots, schemaOf(db, filter.leftOut(db, Set.of(history.name()))), filter);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * {@link #besidesOthers}: the pending migration whose schema the database has, the tables it has besides, and the filter the
     * run had ({@code -Ddb.tablesFilter}, else {@link dev.godwit.engine.introspect.TablesFilter#ALL}).
     */
    record Besides(Migration reached, List<String> tables, dev.godwit.engine.introspect.TablesFilter given) {

        /**
         * The filter that leaves the tables out: the given one's patterns, then {@code !table} for each. Printed beside the given
         * filter, Maven would keep only the last {@code -Ddb.tablesFilter} and the pasted command compare the tables it left out.
         */
        String leavingThemOut() {
            List<String> patterns = new java.util.ArrayList<>(given.patterns());
            tables.forEach(t -> patterns.add("!" + t));
            return String.join(",", patterns);
        }
    }

    /** {@link Schemas#besidesOthers} of {@code db}; null where there is none, or where that is not known. */
    static Besides besidesOthers(Database db, HistoryTable history, List<Migration> pending, dev.godwit.engine.introspect.TablesFilter filter) {
        Schemas s = schemas(db, history, pending, filter);
        return s == null ? null : s.besidesOthers();
    }

    /**
     * The database's schema. Remote D1 is read in one request, its stored statements run on an empty in-memory database (its
     * pre-flight builds its replica from the same rows, without asking again); introspecting it there would be a request a table.
     */
    private static SchemaDef schemaOf(Database db, Set<String> leftOut) {
        if (!db.capabilities().remote()) return Introspector.introspect(db, leftOut);
        try (dev.godwit.engine.db.SqliteDatabase copy = dev.godwit.engine.db.SqliteDatabase.inMemory()) {
            copy.runAtomically(SchemaStatements.of(db, leftOut), true);
            return Introspector.introspect(copy);
        }
    }

    /** The migration's own snapshot (not an earlier one standing in for a missing file), or null. */
    private static SchemaDef snapshot(MigrationsFolder folder, Migration m) {
        Path file = folder.snapshotFile(m.tag());
        return Files.isRegularFile(file) ? folder.readSnapshot(file).schema() : null;
    }

    /** The schema the migrations make, run on an empty in-memory database. */
    private static SchemaDef replayed(List<Migration> migrations) {
        try (dev.godwit.engine.db.SqliteDatabase replay = InMemoryReplay.of(migrations)) {
            return Introspector.introspect(replay);
        }
    }

    /**
     * A db:pull's baseline first among them: that pull may have stopped before its history row, which the next db:pull writes where
     * the baseline is the folder's one migration (it refuses a folder with more); "" for other migrations.
     */
    private static String stoppedPull(List<Migration> pending, List<String> upTo, java.util.function.UnaryOperator<String> command) {
        if (!upTo.get(0).endsWith("_" + dev.godwit.engine.pull.Puller.BASELINE_NAME)) return "";
        return "a db:pull wrote " + upTo.get(0) + " and stopped before recording it in the history" + (pending.size() == 1 ? " (the next "
                + command.apply("db:pull") + " finishes that pull, recording it)" : "") + ", ";
    }

    /** The refusal for a database that already has {@code reached}'s schema: {@code command(goal)} gives a goal's command line for it. */
    static String refusal(Database db, List<Migration> pending, Migration reached, java.util.function.UnaryOperator<String> command) {
        List<String> upTo = pending.subList(0, pending.indexOf(reached) + 1).stream().map(Migration::tag).toList();
        Path dir = reached.file().toAbsolutePath().getParent();
        String snapshot = MigrationsFolder.at(dir).relative(MigrationsFolder.at(dir).snapshotFile(reached.tag()));
        return db.describe() + " already has the schema " + (upTo.size() == 1 ? "the pending migration " + reached.tag() + " makes"
                : "the pending migrations " + HistoryCheck.someOf(upTo, "up to " + reached.tag()) + " make") + " (" + snapshot + "), though its history records "
                + (upTo.size() == 1 ? "it" : "them") + " as never applied: " + stoppedPull(pending, upTo, command) + "db:push brought it there, or it was"
                + " changed by hand. Applying would run"
                + " those changes a second time: where they add a column the statement fails, but where they rebuild a table the columns already"
                + " there are filled from the migration's defaults, overwriting the values they hold. If the database holds what "
                + (upTo.size() == 1 ? "that migration makes" : "those migrations make") + ", record " + (upTo.size() == 1 ? "it" : "them")
                + " as applied with " + command.apply("db:baseline") + " -Ddb.baseline=" + reached.tag() + " and run " + command.apply("db:apply")
                + " again for any after " + (upTo.size() == 1 ? "it" : "them") + ". Nothing was applied.";
    }
}
