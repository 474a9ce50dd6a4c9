package dev.godwit.engine.preflight;

import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The old rebuild idiom split over two migrations: one renames a table away and creates a new one under its name ({@code ALTER
 * TABLE orders RENAME TO orders_old; CREATE TABLE orders ...}), a later one copies the rows back. No row is lost (the rename keeps
 * them, and {@link LossRules} follows them into the copy back), but between the two the table applications read is empty: each
 * migration is its own transaction, on D1 its own request. Said, not refused, like the backup split's window ({@code
 * Preflight.restoredLater}) where the pre-flight cannot refuse it on the rows.
 */
final class SplitRenames {

    /** By {@link SqliteNames#key} of the name the old table has now: {that name, the migration that renamed it away}. */
    private final Map<String, String[]> renamedAway = new LinkedHashMap<>();

    /** After {@code m} ran: the tables it renamed away while a new table took their name. */
    void note(Replica r, Migration m) {
        for (String[] rename : StatementText.tableRenames(m.statements())) {
            if (r.renamedAwayFrom(rename[1]) != null) renamedAway.put(SqliteNames.key(rename[1]), new String[] {rename[1], m.fileName()});
        }
    }

    /** Before {@code m} runs: for each table it copies back from where an earlier migration of the run renamed it, the window. */
    List<String> copiedBackBy(Replica r, Migration m) {
        List<String> out = new ArrayList<>();
        for (var it = renamedAway.values().iterator(); it.hasNext(); ) {
            String[] away = it.next();
            String table = r.renamedAwayFrom(away[0]);
            if (table == null || !LossRules.readsInto(m.statements(), away[0], table)) continue;
            it.remove();
            out.add("Pre-flight: " + away[1] + " renames " + Quoting.doubleQuoted(table) + " to " + Quoting.doubleQuoted(away[0]) + " and creates a new "
                    + Quoting.doubleQuoted(table) + "; " + m.fileName() + " copies the rows back. Each migration is its own transaction (on D1 its own"
                    + " request): an apply that stops between the two (a request cut, a run killed) leaves " + Quoting.doubleQuoted(table)
                    + " empty, its rows in " + Quoting.doubleQuoted(away[0]) + ", until the next db:apply goes on. In one migration the pair"
                    + " is never seen half done.");
        }
        return out;
    }

    /** After the run: the new tables still empty while the old ones, renamed away, hold the rows no pending migration copied back. */
    List<String> leftEmpty(Replica r) {
        List<String> out = new ArrayList<>();
        for (String[] away : renamedAway.values()) {
            String table = r.renamedAwayFrom(away[0]);
            if (table == null) continue;   // dropped or renamed again since
            long held = r.count("SELECT count(*) FROM main." + Quoting.doubleQuoted(away[0]));
            if (held == 0 || r.count("SELECT count(*) FROM main." + Quoting.doubleQuoted(table)) > 0) continue;
            out.add("Pre-flight: after the pending migrations " + Quoting.doubleQuoted(table) + " is a new, empty table: " + away[1] + " renamed the"
                    + " old one to " + Quoting.doubleQuoted(away[0]) + " with its " + held + " row(s), and no pending migration copies them back."
                    + " Applications reading " + Quoting.doubleQuoted(table) + " see no rows until one does (INSERT INTO " + Quoting.doubleQuoted(table)
                    + " (...) SELECT ... FROM " + Quoting.doubleQuoted(away[0]) + "); if the old rows are meant to stay apart (an archive), nothing to do.");
        }
        return out;
    }
}
