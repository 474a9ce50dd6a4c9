package dev.godwit.engine.generate;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.db.UnreadableViews;
import dev.godwit.engine.generate.GoneNameReaders.Suspect;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The probe of {@link GoneNameReaders}, in a class of its own so that db:generate loads SQLite only when a fragment is suspect.
 * An in-memory database gets the new schema's tables (their columns only: a reader needs nothing else) and views, and each
 * suspect is read there.
 */
final class GoneNameProbe {

    private GoneNameProbe() {
    }

    /**
     * The suspects SQLite cannot read, each with SQLite's reason, in the order given. A suspect that fails the same way over the
     * tables of {@code before} is left out: it never read that name (a string written in double quotes, {@code status = "paid"},
     * which SQLite takes for a string while no column of that name is in reach), so the change takes nothing from it.
     */
    static Map<Suspect, String> failures(SchemaDef before, SchemaDef after, List<Suspect> suspects, Set<String> goneKeys) {
        Map<Suspect, String> out = probe(after, after, suspects, goneKeys);
        if (out.isEmpty() || before == null) return out;
        // over before's tables and views (after's first, as the suspects are after's; before's own where after has none of that name)
        List<ViewDef> views = new java.util.ArrayList<>(after.views());
        views.addAll(before.views());
        Map<Suspect, String> beforeToo = probe(before, new SchemaDef(List.of(), views), List.copyOf(out.keySet()), goneKeys);
        out.entrySet().removeIf(e -> e.getValue().equals(beforeToo.get(e.getKey())));
        return out;
    }

    /** Reads each suspect over the tables of {@code tables} and the views of {@code views}; the failures over a gone name. */
    private static Map<Suspect, String> probe(SchemaDef tables, SchemaDef views, List<Suspect> suspects, Set<String> goneKeys) {
        Map<Suspect, String> out = new LinkedHashMap<>();
        SqliteDatabase db = SqliteDatabase.inMemory();
        try {
            createReaders(db, tables, views, goneKeys);
            for (Suspect s : suspects) {
                String sql = s.view() != null
                        ? "SELECT 1 FROM " + Quoting.doubleQuoted(s.view()) + " LIMIT 0"
                        : "SELECT (" + unambiguous(s.sql(), goneKeys) + ") FROM " + Quoting.doubleQuoted(s.table()) + " LIMIT 0";
                try {
                    db.query(sql);
                } catch (DatabaseException e) {
                    String reason = UnreadableViews.reason(e);
                    // Only a failure over a gone name is this change's doing: a view may read what the schema does not declare
                    // (an existing view, a table made by hand), which this private database lacks.
                    if (namesGone(reason, goneKeys)) out.put(s, reason);
                }
            }
        } finally {
            db.close();
        }
        return out;
    }

    /**
     * The tables of {@code tables} (their columns only: a reader needs nothing else) and the views of {@code views} (gone names in
     * double quotes written unambiguous), in {@code db}; what SQLite refuses to create is left out.
     */
    static void createReaders(SqliteDatabase db, SchemaDef tables, SchemaDef views, Set<String> goneKeys) {
        for (TableDef t : tables.tables()) {
            StringBuilder sb = new StringBuilder("CREATE TABLE " + Quoting.doubleQuoted(t.name()) + " (");
            for (int i = 0; i < t.columns().size(); i++) sb.append(i == 0 ? "" : ", ").append(Quoting.doubleQuoted(t.columns().get(i).name()));
            tryRun(db, sb.append(")").toString());
        }
        // SQLite checks a view's names only when it is read, so views go in in any order.
        for (ViewDef v : views.views()) {
            if (v.existing() || v.definition() == null) continue;
            tryRun(db, "CREATE VIEW " + Quoting.doubleQuoted(v.name()) + " AS " + unambiguous(v.definition(), goneKeys));
        }
    }

    private static final java.util.regex.Pattern NO_SUCH = java.util.regex.Pattern.compile("^no such (table|column): (.+)$");

    /** Whether SQLite's reason is a missing table ({@code main.b}) or column ({@code y}, {@code o.y}) that this change takes away. */
    private static boolean namesGone(String reason, Set<String> goneKeys) {
        java.util.regex.Matcher m = NO_SUCH.matcher(String.valueOf(reason).strip());
        if (!m.matches()) return false;
        String name = m.group(2);
        if (m.group(1).equals("table") && name.startsWith("main.")) name = name.substring(5);
        int dot = name.lastIndexOf('.');
        // a column's qualifier may be the gone name: "no such column: users.email" after users was renamed
        return goneKeys.contains(SqliteNames.key(name)) || goneKeys.contains(SqliteNames.key(name.substring(dot + 1)))
                || dot > 0 && goneKeys.contains(SqliteNames.key(name.substring(name.lastIndexOf('.', dot - 1) + 1, dot)));
    }

    private static void tryRun(SqliteDatabase db, String sql) {
        try {
            db.runAtomically(List.of(sql), false);
        } catch (DatabaseException e) {
            // a view SQLite cannot even parse is no concern here; one that is suspect fails when read
        }
    }

    /** The SQL with every gone name written in double quotes written in backticks: SQLite never takes those for a string. */
    static String unambiguous(String sql, Set<String> goneKeys) {
        StringBuilder sb = new StringBuilder(sql.length() + 8);
        for (Token t : SqlLexer.tokenize(sql)) {
            if (t.kind() == Kind.QUOTED && t.text().startsWith("\"") && goneKeys.contains(SqliteNames.key(t.name()))) sb.append(Quoting.backtick(t.name()));
            else sb.append(t.text());
        }
        return sb.toString();
    }
}
