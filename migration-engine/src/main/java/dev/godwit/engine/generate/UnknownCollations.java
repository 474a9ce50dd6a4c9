package dev.godwit.engine.generate;

import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A collation SQLite does not have built in ({@code column("name", "text collate french")}, an index key {@code name COLLATE
 * FRENCH}): the migration fails at db:apply with "no such collation sequence". Warned, not refused: an application may register
 * its own collation on the connection it applies through (the runtime API), and a database pulled from such an application
 * declares it. Said once, by the migration that brings it in.
 */
final class UnknownCollations {

    /** The collations every SQLite has (D1 registers no others). */
    static final Set<String> BUILT_IN = Set.of("BINARY", "NOCASE", "RTRIM");

    /**
     * A COLLATE and its name (group 1), or a quoted text or name passed over whole (group 1 null): COLLATE is a word of its own,
     * not the start of a name (collated_at), nor inside a text ('a collate b').
     */
    private static final Pattern COLLATE = Pattern.compile("(?i)'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|\\[[^\\]]*]"
            + "|(?<![\\w$])COLLATE(?![\\w$])\\s*(\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|\\[[^\\]]*]|'(?:[^']|'')*'|[A-Za-z_\\u0080-\\uFFFF][\\w$\\u0080-\\uFFFF]*)");

    private UnknownCollations() {
    }

    /** @param before the previous schema with this migration's renames applied (a renamed column keeps its collation unsaid) */
    static List<String> warnings(SchemaDef before, SchemaDef after) {
        List<String> out = new ArrayList<>();
        for (TableDef t : after.tables()) {
            Optional<TableDef> was = before.table(t.name());
            for (ColumnDef c : t.columns()) {
                String name = c.collation();
                if (BUILT_IN.contains(name)) continue;
                if (was.flatMap(w -> w.column(c.name())).map(ColumnDef::collation).filter(name::equals).isPresent()) continue;
                out.add("column \"" + t.name() + "\".\"" + c.name() + "\" is declared " + c.type() + ": " + why(name)
                        + "; if it is a typo, write one of those (\"" + c.declaredType() + " collate nocase\")");
            }
            for (IndexDef i : t.indexes()) {
                if (was.isPresent() && was.get().indexes().contains(i)) continue;
                for (IndexDef.Key k : i.keys()) {
                    for (String name : unknownIn(k)) out.add("index \"" + i.name() + "\" on \"" + t.name() + "\" has the key " + k.text() + ": " + why(name));
                }
            }
        }
        return out;
    }

    /** The collations {@code t}'s columns and index keys name that SQLite lacks, upper-cased. */
    static Set<String> in(TableDef t) {
        Set<String> names = new java.util.TreeSet<>();
        for (ColumnDef c : t.columns()) if (!BUILT_IN.contains(c.collation())) names.add(c.collation());
        for (IndexDef i : t.indexes()) for (IndexDef.Key k : i.keys()) names.addAll(unknownIn(k));
        return names;
    }

    /** The collations an expression key names that SQLite lacks, upper-cased, in order. */
    private static List<String> unknownIn(IndexDef.Key k) {
        List<String> names = new ArrayList<>();
        if (!k.expression()) return names;
        Matcher m = COLLATE.matcher(k.text());
        while (m.find()) {
            if (m.group(1) == null) continue;
            String name = dev.godwit.schema.model.SqliteNames.upperKey(SqlLexer.unquote(m.group(1)));
            if (!BUILT_IN.contains(name)) names.add(name);
        }
        return names;
    }

    private static String why(String name) {
        return "SQLite has no collation " + name + " (it knows BINARY, NOCASE and RTRIM), so db:apply fails with \"no such collation"
                + " sequence: " + name + "\", on D1 always, locally unless the application registers " + name + " on the connection that"
                + " applies (the runtime API)";
    }
}
