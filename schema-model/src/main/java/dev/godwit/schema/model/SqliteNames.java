package dev.godwit.schema.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * Names as SQLite compares them: ignoring the case of ASCII letters only, so {@code "Users"} and {@code "users"} are one
 * table while {@code "Ä"} and {@code "ä"} are two.
 */
public final class SqliteNames {

    /** Orders names as SQLite tells them apart (for maps keyed by table name). */
    public static final Comparator<String> ORDER = Comparator.comparing(SqliteNames::key);

    private SqliteNames() {
    }

    /**
     * Whether a column of this name takes one of SQLite's names for the rowid ({@code rowid}, {@code oid}, {@code _rowid_}, any
     * case): SQLite 3.5x refuses ALTER TABLE ADD, DROP and RENAME COLUMN of such a column ("cannot rename from rowid alias"),
     * which older versions took, so a change of one is made by rebuilding its table.
     */
    public static boolean isRowidName(String name) {
        return ROWID_NAMES.contains(key(name));
    }

    /** SQLite's names for a table's rowid, in the order it tries them; a column of one of these names hides it. */
    public static final java.util.List<String> ROWID_NAMES = java.util.List.of("rowid", "oid", "_rowid_");

    /**
     * How to name a table's rowid when it has these columns: {@code rowid}, else {@code oid}, else {@code _rowid_}, the first no
     * column takes (a column named rowid hides the real one); null when all three are taken.
     */
    public static String rowidAlias(java.util.Collection<String> columns) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (String c : columns) taken.add(key(c));
        for (String alias : ROWID_NAMES) if (!taken.contains(alias)) return alias;
        return null;
    }

    /**
     * {@code name} as {@code declared} spells it: itself when declared so, else the declared name SQLite takes for the same
     * (no two such names can be declared side by side), else itself. For names a schema lists ({@code columns: [Email]}).
     */
    public static String asDeclared(String name, java.util.Collection<String> declared) {
        if (declared.contains(name)) return name;
        for (String d : declared) if (key(d).equals(key(name))) return d;
        return name;
    }

    /**
     * {@code name} upper-cased as SQLite folds names and collation names: ASCII letters only ({@code françois} is
     * {@code FRANçOIS}, which SQLite takes for the same name; Java's toUpperCase gives FRANÇOIS, which it does not).
     */
    public static String upperKey(String name) {
        char[] chars = name.toCharArray();
        for (int k = 0; k < chars.length; k++) if (chars[k] >= 'a' && chars[k] <= 'z') chars[k] -= 'a' - 'A';
        return new String(chars);
    }

    /** Whether SQLite takes {@code a} and {@code b} for the same name (ASCII letters in any case; {@code É} and {@code é} differ). */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /** The first of {@code items} whose name SQLite takes for {@code wanted}: a table, column, index or view looked up as SQLite would. */
    public static <T> Optional<T> find(Collection<? extends T> items, Function<? super T, String> name, String wanted) {
        String k = key(wanted);
        for (T item : items) if (key(name.apply(item)).equals(k)) return Optional.of(item);
        return Optional.empty();
    }

    /** The same for two names exactly when SQLite takes them for the same name. */
    public static String key(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = name.toCharArray();
                for (int k = i; k < chars.length; k++) if (chars[k] >= 'A' && chars[k] <= 'Z') chars[k] += 'a' - 'A';
                return new String(chars);
            }
        }
        return name;
    }
}
