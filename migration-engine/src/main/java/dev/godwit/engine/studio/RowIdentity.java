package dev.godwit.engine.studio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the row found at a page's address (its rowid) is the row the page meant. A rowid does not name a row for good: a
 * migration that rebuilds a table (drizzle's copy, drop and create) or a VACUUM gives the rows of a table without an INTEGER
 * PRIMARY KEY new rowids where rows were deleted before, so "row 2" read again may be another row. It is the row meant where the
 * columns that identify a row hold what the page had: the primary key; else a UNIQUE key of NOT NULL columns; else every column
 * but the generated ones (they follow the others) and those the table's own UPDATE triggers set (an edit changes those too, and
 * an Undo of a row whose trigger stamps {@code updated_at} was refused every time). One check for an Undo (a write: the server
 * refuses it whatever the page checked), the refs view and the delete preview.
 */
final class RowIdentity {

    private final Database db;
    private final WriteReach reach;
    private final StudioSchema schema;

    RowIdentity(Database db, StudioSchema schema, WriteReach reach) {
        this.db = db;
        this.schema = schema;
        this.reach = reach;
    }

    /**
     * The columns that identify a row of {@code t} (as the page had it: {@code made}), less {@code skip} (an Undo's edited columns,
     * which hold what the edit wrote);
     * {@code lessTriggered}: the table has no key, and columns its triggers set were left out, so two rows may agree on the rest.
     */
    record Columns(List<String> names, boolean lessTriggered) {
    }

    Columns columns(TableDef t, Set<String> skip, JsonNode made) {
        // A primary key not declared NOT NULL holds NULL in as many rows as like (SQLite's old quirk in a rowid table): a row whose
        // key the page had as NULL is told as a row of a table without one (by the key alone, an Undo wrote into another NULL's row)
        List<String> pk = t.primaryKeyColumns();
        boolean nullKey = pk.stream().anyMatch(c -> made.has(c) && made.get(c).isNull());
        List<String> key = !pk.isEmpty() && !nullKey ? pk : schema.uniqueNotNull(t);
        if (key != null) return new Columns(key.stream().filter(c -> !skip.contains(c)).toList(), false);
        Set<String> triggered = reach.setByUpdateTriggers(t);
        List<String> out = new ArrayList<>();
        for (ColumnDef c : t.columns()) {
            if (c.generated() == null && !skip.contains(c.name()) && !triggered.contains(c.name())) out.add(c.name());
        }
        return new Columns(out, !triggered.isEmpty());
    }

    /**
     * How the row {@code now} is not the one the page had ({@code made}: column name to the value as the page got it, a long one
     * by its start and length): {@code "id" is now 't-c' (the page showed 't-b')}, the page's side said as {@code pageSide}; null
     * where it is the same row. A page drawn under other columns than the table has now is said so.
     */
    private static String differs(JsonNode made, Map<String, Object> now, Columns columns, String pageSide) {
        if (!made.isObject()) throw StudioException.bad("\"made\" must be an object of column: value, the row as the page has it");
        for (String c : columns.names()) {
            JsonNode was = made.get(c);
            if (was == null) {
                return "the page shows no column \"" + c + "\" (a migration changed the table since the page loaded it?)";
            }
            if (same(was, now.get(c))) continue;
            return Quoting.doubleQuoted(c) + " is now " + RowLookup.brief(now.get(c), 0) + " (" + pageSide + " "
                    + RowLookup.brief(RowLookup.pageValue(was), 0) + ")";
        }
        return null;
    }

    /**
     * Whether the row at an address may be another one than it was: a rowid moves on a rebuild or VACUUM, but where the table's
     * INTEGER PRIMARY KEY is the rowid, or a WITHOUT ROWID row goes by its key, the address is the row's own key.
     */
    static boolean addressMayMove(TableDef t, RowKey k) {
        return k.byRowid() && !t.hasRowidAlias();
    }

    /** A read of one row the page shows (its refs, its delete preview): 409 where the row at its address is another one now. */
    void requireShown(TableDef t, RowKey k, List<Object> key, JsonNode made, Map<String, Object> now) {
        if (made == null || made.isNull()) return;   // asked without the page's row (the HTTP API by hand): read as addressed
        String d = differs(made, now, columns(t, Set.of(), made), "the page showed");
        if (d == null) return;
        throw new StudioException(409, k.describe(key) + " of \"" + t.name() + "\" is not the row the page shows: " + d + ". " + WHY + ": reload the page");
    }

    private static final String WHY = "Someone changed it since, or a migration (a table rebuilt) or a VACUUM gave the table's rows new rowids";

    /**
     * An Undo ({@code edited}: the columns it writes back): the row it is about to write ({@code now}, which the write's guard
     * then holds to) must be the row the edit was made on ({@code made}, as the page had it then). Refused where it is not, where
     * another row of a table without a key could be the one meant (it agrees with the row on every column but those a trigger
     * sets), and where the request does not say which row that was and rowids can move (a page that did the check itself, or
     * none, wrote into whichever row had the rowid).
     */
    void requireEdited(TableDef t, RowKey k, List<Object> key, JsonNode made, Map<String, Object> now, Set<String> edited) {
        String back = String.join(", ", edited);
        String tail = ". Nothing was written: reload the page, and change " + back + " back by hand if it is still needed";
        if (made == null || made.isNull()) {
            if (!addressMayMove(t, k)) return;
            throw new StudioException(409, "this Undo does not say which row its edit was made on (\"made\": the row as the page had it), and"
                    + " the rows of \"" + t.name() + "\" have no INTEGER PRIMARY KEY, so " + k.describe(key) + " may be another row now" + tail);
        }
        Columns c = columns(t, edited, made);
        String d = differs(made, now, c, "the edit was made on");
        if (d != null) {
            throw new StudioException(409, k.describe(key) + " of \"" + t.name() + "\" is not as your edit left it: " + d + ". " + WHY + tail);
        }
        if (!c.lessTriggered()) return;
        List<String> held = new ArrayList<>(c.names());
        held.addAll(edited);
        RowGuard same = RowGuard.matching(t, held, now);
        long n;
        try {
            n = ((Number) db.query("SELECT count(*) AS \"n\" FROM (SELECT 1 FROM " + Quoting.doubleQuoted(t.name()) + " WHERE " + same.sql() + " LIMIT 2)",
                    same.params().toArray()).get(0).get("n")).longValue();
        } catch (DatabaseException e) {
            throw schema.explained(t, e);
        }
        if (n > 1) {
            List<String> triggered = reach.setByUpdateTriggers(t).stream().map(Quoting::doubleQuoted).toList();
            throw new StudioException(409, k.describe(key) + " of \"" + t.name() + "\" cannot be told from another row: \"" + t.name() + "\" has no key,"
                    + " and another row holds the same values in every column but " + String.join(", ", triggered) + ", which a trigger of \""
                    + t.name() + "\" sets at each edit, so either may be the one your edit was made on" + tail);
        }
    }

    /**
     * Whether a value as the page got it ({@link Values#toJson}: tagged; a long one as its start, its length and
     * {@code "truncated"}) is the value {@code now}: the same kind and text, or, for a long one, the same length and start.
     */
    static boolean same(JsonNode page, Object now) {
        JsonNode is = Values.toJson(now);
        if (page == null || page.isNull()) return is.isNull();
        if (is.isNull() || !page.isObject()) return false;
        if (!is.path("t").asText().equals(page.path("t").asText())) return false;
        String v = is.path("v").asText();
        String was = page.path("v").asText();
        if (!page.path("truncated").asBoolean(false)) return !is.path("truncated").asBoolean(false) && v.equals(was);
        long n = is.has("n") ? is.path("n").asLong() : v.codePointCount(0, v.length());
        return n == page.path("n").asLong(-1) && v.startsWith(was);
    }
}
