package dev.godwit.engine.sql;

import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The shadow tables of FTS5 and R-Tree virtual tables ({@code docs_data}, {@code docs_config}, {@code shapes_node}, ...), which
 * D1 keeps read-only: workerd opens SQLite in defensive mode (SQLITE_DBCONFIG_DEFENSIVE, its setupSecurity), where writing,
 * dropping or altering one fails ("table docs_data may not be modified"), while stock SQLite (sqlite-jdbc, which cannot switch
 * that mode on) runs it. Which tables are shadow tables depends on the schema, so the caller says which virtual tables exist.
 */
public final class ShadowTables {

    private ShadowTables() {
    }

    /** The suffixes of each module's shadow tables ({@code <table>_<suffix>}), as its xShadowName says. */
    private static final Map<String, Set<String>> SUFFIXES = Map.of("fts5", Set.of("config", "content", "data", "docsize", "idx"),
            "rtree", Set.of("node", "parent", "rowid"), "rtree_i32", Set.of("node", "parent", "rowid"));

    /** The module of a {@code CREATE VIRTUAL TABLE} statement, lower case, with the table it creates; null for any other statement. */
    public static Map.Entry<String, String> createdVirtualTable(String statement) {
        List<Token> t = SqlLexer.significant(statement);
        if (t.size() < 5 || !t.get(0).is("CREATE") || !t.get(1).is("VIRTUAL") || !t.get(2).is("TABLE")) return null;
        int i = 3;
        if (i + 3 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("NOT") && t.get(i + 2).is("EXISTS")) i += 3;
        if (i + 2 < t.size() && t.get(i + 1).isPunct(".")) i += 2;
        for (int j = i + 1; j + 1 < t.size(); j++) {
            if (t.get(j).is("USING")) return Map.entry(t.get(i).name(), t.get(j + 1).name().toLowerCase(Locale.ROOT));
        }
        return null;
    }

    /**
     * How {@code statement} changes the virtual tables there are, by {@link dev.godwit.schema.model.SqliteNames#key}: a CREATE VIRTUAL
     * TABLE adds its own with its module; a DROP TABLE of one, or an ALTER TABLE … RENAME TO of one, takes its name away (null), the
     * rename giving the new name its module. Empty for any other statement. For a check that follows a run of statements: a shadow
     * table's name is reserved only while its virtual table is there (sqlite3ShadowTableName), so a migration that drops an FTS5
     * table {@code docs} may create a plain {@code docs_config}.
     *
     * @param moduleOf the module of a virtual table by its name, as the statements before this one left them, or null
     */
    public static Map<String, String> virtualTablesAfter(String statement, Function<String, String> moduleOf) {
        Map<String, String> out = new java.util.HashMap<>();
        Map.Entry<String, String> created = createdVirtualTable(statement);
        if (created != null) {
            out.put(dev.godwit.schema.model.SqliteNames.key(created.getKey()), created.getValue());
            return out;
        }
        List<Token> t = SqlLexer.significant(statement);
        String gone = null;
        String renamed = null;
        if (t.size() >= 3 && t.get(0).is("DROP") && t.get(1).is("TABLE")) {
            int i = 2;
            if (i + 1 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("EXISTS")) i += 2;
            if (i + 2 < t.size() && t.get(i + 1).isPunct(".")) i += 2;
            if (i < t.size() && t.get(i).kind() != Kind.PUNCT) gone = t.get(i).name();
        } else if (t.size() >= 6 && t.get(0).is("ALTER") && t.get(1).is("TABLE")) {
            int i = 2;
            if (i + 2 < t.size() && t.get(i + 1).isPunct(".")) i += 2;
            if (i + 3 < t.size() && t.get(i).kind() != Kind.PUNCT && t.get(i + 1).is("RENAME") && t.get(i + 2).is("TO")
                    && t.get(i + 3).kind() != Kind.PUNCT) {
                gone = t.get(i).name();
                renamed = t.get(i + 3).name();
            }
        }
        String module = gone == null ? null : moduleOf.apply(gone);
        if (module == null) return out;
        out.put(dev.godwit.schema.model.SqliteNames.key(gone), null);
        if (renamed != null) out.put(dev.godwit.schema.model.SqliteNames.key(renamed), module);
        return out;
    }

    /**
     * Why D1 refuses the statement for writing, dropping or altering a shadow table, naming an object (table, index, view, trigger,
     * rename target) as one of a virtual table's shadow tables would be named, or creating a trigger on one, with the way out; null
     * when it does not.
     *
     * @param moduleOf the module of a virtual table by its name (any case), or null when there is no such virtual table
     */
    public static String problem(String statement, Function<String, String> moduleOf) {
        List<Token> t = SqlLexer.significant(statement);
        String written = written(t);
        String[] writtenShadow = written == null ? null : shadowOf(written, moduleOf);
        if (writtenShadow != null) return writes(written, writtenShadow[0], writtenShadow[1]);
        String named = named(t);
        String[] shadow = named == null ? null : shadowOf(named, moduleOf);
        if (shadow != null) {
            return "it names " + (t.get(0).is("ALTER") ? "a table" : "its " + t.get(t.get(1).is("UNIQUE") || t.get(1).is("TEMP")
                    || t.get(1).is("TEMPORARY") ? 2 : 1).text().toLowerCase(Locale.ROOT)) + " \"" + named + "\", the name of a shadow table"
                    + " of the " + shadow[1] + " table \"" + shadow[0] + "\": D1 runs SQLite in defensive mode, where such a name is reserved"
                    + " (\"object name reserved for internal use: " + named + "\"), whether or not that table exists (an FTS5 table with"
                    + " external or no content has no _content); choose another name";
        }
        String on = triggerTable(t);
        shadow = on == null ? null : shadowOf(on, moduleOf);
        if (shadow != null) {
            return "it creates a trigger on \"" + on + "\", a shadow table of the " + shadow[1] + " table \"" + shadow[0] + "\": D1 runs SQLite in"
                    + " defensive mode, where that fails (\"cannot create triggers on shadow tables\"); put the trigger on the table whose"
                    + " rows feed \"" + shadow[0] + "\"";
        }
        return null;
    }

    /** The virtual table and its module (upper case, R-Tree's without _I32) whose shadow table {@code name} would be; null when none. */
    private static String[] shadowOf(String name, Function<String, String> moduleOf) {
        int cut = name.lastIndexOf('_');
        if (cut <= 0) return null;
        String base = name.substring(0, cut);
        String suffix = name.substring(cut + 1).toLowerCase(Locale.ROOT);
        if (SUFFIXES.values().stream().noneMatch(s -> s.contains(suffix))) return null;   // asks for the schema only when it may matter
        String module = moduleOf.apply(base);
        if (module == null || !SUFFIXES.getOrDefault(module, Set.of()).contains(suffix)) return null;
        return new String[] {base, module.toUpperCase(Locale.ROOT).replace("_I32", "")};
    }

    /**
     * The name a CREATE TABLE, INDEX, VIEW or TRIGGER gives its object, or an ALTER TABLE … RENAME TO its table; null for any
     * other statement. SQLite in defensive mode refuses a shadow table's name for each (sqlite3CheckObjectName, before IF NOT
     * EXISTS is looked at), as workerd 1.20261117 does, where sqlite-jdbc runs them.
     */
    private static String named(List<Token> t) {
        if (t.size() < 3) return null;
        int i;
        if (t.get(0).is("CREATE")) {
            i = 1;
            if (t.get(i).is("TEMP") || t.get(i).is("TEMPORARY") || t.get(i).is("UNIQUE")) i++;
            if (i >= t.size() || !(t.get(i).is("TABLE") || t.get(i).is("INDEX") || t.get(i).is("VIEW") || t.get(i).is("TRIGGER"))) return null;
            i++;
            if (i + 2 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("NOT") && t.get(i + 2).is("EXISTS")) i += 3;
        } else if (t.get(0).is("ALTER") && t.get(1).is("TABLE")) {
            i = 2;
            while (i + 1 < t.size() && !(t.get(i).is("RENAME") && t.get(i + 1).is("TO"))) i++;
            i += 2;
            if (i >= t.size()) return null;
            return t.get(i).kind() == Kind.PUNCT ? null : t.get(i).name();
        } else {
            return null;
        }
        if (i + 2 < t.size() && t.get(i + 1).isPunct(".")) i += 2;   // main.name
        if (i >= t.size() || t.get(i).kind() == Kind.PUNCT) return null;
        return t.get(i).name();
    }

    /** The table a CREATE TRIGGER fires on, or null. */
    private static String triggerTable(List<Token> t) {
        int i = 1;
        if (i < t.size() && (t.get(i).is("TEMP") || t.get(i).is("TEMPORARY"))) i++;
        if (!t.get(0).is("CREATE") || i >= t.size() || !t.get(i).is("TRIGGER")) return null;
        while (i < t.size() && !t.get(i).is("ON")) i++;
        i++;
        if (i + 2 < t.size() && t.get(i + 1).isPunct(".")) i += 2;
        if (i >= t.size() || t.get(i).kind() == Kind.PUNCT) return null;
        return t.get(i).name();
    }

    private static String writes(String target, String base, String module) {
        return "it writes \"" + target + "\", a shadow table of the " + module + " table \"" + base
                + "\": D1 runs SQLite in defensive mode, where shadow tables are read-only (\"table " + target + " may not be modified\");"
                + " change \"" + base + "\" itself" + (module.equals("FTS5") ? " (INSERT INTO " + Quoting.doubleQuoted(base) + "("
                + Quoting.doubleQuoted(base) + ") VALUES ('rebuild') rebuilds its index)" : "");
    }

    /** The table an INSERT, REPLACE, UPDATE, DELETE, DROP TABLE or ALTER TABLE writes, or null. */
    private static String written(List<Token> t) {
        if (t.size() < 2) return null;
        int i;
        Token first = t.get(0);
        if (first.is("INSERT") || first.is("REPLACE")) {
            i = 1;
            while (i < t.size() && !t.get(i).is("INTO")) i++;
            i++;
        } else if (first.is("UPDATE")) {
            i = 1;
            if (i + 1 < t.size() && t.get(i).is("OR")) i += 2;
        } else if (first.is("DELETE") && t.get(1).is("FROM")) {
            i = 2;
        } else if ((first.is("DROP") || first.is("ALTER")) && t.get(1).is("TABLE")) {
            i = 2;
            if (i + 1 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("EXISTS")) i += 2;
        } else {
            return null;   // a WITH before the write is not read: rare enough in a migration, and D1 still says which table
        }
        if (i + 2 < t.size() && t.get(i + 1).isPunct(".")) i += 2;   // main.name
        if (i >= t.size() || t.get(i).kind() == Kind.PUNCT) return null;
        return t.get(i).name();
    }
}
