package dev.godwit.engine.migrate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An application older than its database: history rows after the last migration its jar packages, which a newer version of the
 * application applied before this one was rolled back (Flyway's "future" migrations). The application goes on, as Flyway does by
 * default; this says so once, naming the rows (drizzle's history keeps no names: when db:generate wrote each, and its hash) and
 * what to do where that version's changes break this one. It was one line per row, "not in the folder: created_at 1796608570847
 * (hash 2428af15f063)", that named neither the application's last migration nor a way on.
 */
final class ApplicationBehind {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private ApplicationBehind() {
    }

    /** The rows among {@code missing} recorded after every migration the application packages (not between two of them, not rebased). */
    static List<MigrationState> rowsAhead(List<MigrationState> states, List<String> missing) {
        return states.stream().filter(s -> s.state() == MigrationState.State.MISSING_LOCALLY && s.migration() == null && missing.contains(s.name()))
                .filter(s -> Migrator.ranBetween(s, states) == null && Migrator.regenerated(s, states) == null).toList();
    }

    static String warning(List<MigrationState> ahead, List<MigrationState> states) {
        String last = null;
        for (MigrationState s : states) if (s.migration() != null && s.state() == MigrationState.State.APPLIED) last = s.migration().tag();
        List<String> named = ahead.stream().map(ApplicationBehind::named).toList();
        int n = ahead.size();
        return "The database is ahead of this application: its history records " + n + (n == 1 ? " migration" : " migrations")
                + (last == null ? "" : " after this application's last (" + last + ")") + " that the application does not package: "
                + HistoryCheck.someOf(named, "the newer version's mvn db:status lists them all") + ". Most likely a newer version of the"
                + " application applied " + (n == 1 ? "it" : "them") + ", and this one was rolled back (or is an older instance still"
                + " running). It goes on, on the schema that version left, as Flyway does with such future migrations by default: nothing"
                + " is applied or undone. That works where " + (n == 1 ? "it" : "they") + " only added what this version does not use (a"
                + " table, a nullable column or one with a default, an index); where one dropped or renamed what this version reads or writes, its queries"
                + " fail: deploy the newer version again, or take the database back to before " + (n == 1 ? "it" : "them")
                + " (the newer version's mvn db:status names " + (n == 1 ? "it" : "them") + ", its db:restore goes back) before starting this one.";
    }

    /** A row by its name, or by when db:generate wrote it (drizzle's created_at) and its hash where the history keeps no name. */
    private static String named(MigrationState s) {
        AppliedMigration r = s.applied();
        if (r.name() != null || r.createdAt() == null) return s.name();
        String hash = r.hash() == null ? "" : ", hash " + (r.hash().length() > 12 ? r.hash().substring(0, 12) : r.hash());
        return "created_at " + r.createdAt() + " (generated " + GENERATED.format(Instant.ofEpochMilli(r.createdAt())) + hash + ")";
    }
}
