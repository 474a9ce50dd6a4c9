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
        int n = ahead.size();
        return found(ahead, states) + " It goes on, on the schema that version left, as Flyway does with such future migrations by default:"
                + " nothing is applied or undone. That works where " + (n == 1 ? "it" : "they") + " only added what this version does not use (a"
                + " table, a nullable column or one with a default, an index); where one dropped or renamed what this version reads or writes, its queries"
                + " fail: " + wayBack(n) + " before starting this one.";
    }

    /** The same finding as a refusal, where the application asked for one (Godwit.configure().refuseDatabaseAhead(true)). */
    static String refusal(List<MigrationState> ahead, List<MigrationState> states) {
        int n = ahead.size();
        return found(ahead, states) + " Refused, as this application's Godwit.configure().refuseDatabaseAhead(true) asks: nothing was applied"
                + " or undone. " + Character.toUpperCase(wayBack(n).charAt(0)) + wayBack(n).substring(1) + "; to let this version start on"
                + " the schema that version left (it works where " + (n == 1 ? "it" : "they") + " only added what this version does not use),"
                + " leave refuseDatabaseAhead out.";
    }

    /**
     * An application's {@code upTo("...")} below what the database applied (an older instance after a newer one), refused where the
     * application asked for that: the same case as rows it does not package, met through its own stop.
     */
    static String pastRefusal(UpTo.Plan plan, String where) {
        return where + " is past " + plan.upTo() + ", the last migration this application applies (its upTo; " + plan.pastAt()
                + "). Refused, as this application's Godwit.configure().refuseDatabaseAhead(true) asks: nothing was applied or undone."
                + " Most likely a newer version of the application applied the later ones: deploy it again, or take the database"
                + " back to before them (the newer version's mvn db:status names them, its db:restore goes back); to let this version start on the"
                + " schema that version left, leave refuseDatabaseAhead out.";
    }

    private static String found(List<MigrationState> ahead, List<MigrationState> states) {
        String last = null;
        for (MigrationState s : states) if (s.migration() != null && s.state() == MigrationState.State.APPLIED) last = s.migration().tag();
        List<String> named = ahead.stream().map(ApplicationBehind::named).toList();
        int n = ahead.size();
        return "The database is ahead of this application: its history records " + n + (n == 1 ? " migration" : " migrations")
                + (last == null ? "" : " after this application's last (" + last + ")") + " that the application does not package: "
                + HistoryCheck.someOf(named, "the newer version's mvn db:status lists them all") + ". Most likely a newer version of the"
                + " application applied " + (n == 1 ? "it" : "them") + ", and this one was rolled back (or is an older instance still"
                + " running).";
    }

    private static String wayBack(int n) {
        String it = n == 1 ? "it" : "them";
        return "deploy the newer version again, or take the database back to before " + it + " (the newer version's mvn db:status names "
                + it + ", its db:restore goes back)";
    }

    /** A row by its name, or by when db:generate wrote it (drizzle's created_at) and its hash where the history keeps no name. */
    private static String named(MigrationState s) {
        AppliedMigration r = s.applied();
        if (r.name() != null || r.createdAt() == null) return s.name();
        String hash = r.hash() == null ? "" : ", hash " + (r.hash().length() > 12 ? r.hash().substring(0, 12) : r.hash());
        return "created_at " + r.createdAt() + " (generated " + GENERATED.format(Instant.ofEpochMilli(r.createdAt())) + hash + ")";
    }
}
