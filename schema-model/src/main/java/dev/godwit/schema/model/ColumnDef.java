package dev.godwit.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One column as the schema declares it. {@code type} is the SQL type text exactly as written to
 * DDL and to drizzle's snapshot ({@code integer}, {@code text(64)}, ...). {@code mode} and
 * {@code enumValues} only describe how applications map values; they never change the SQL.
 */
public record ColumnDef(
        String name,
        String type,
        boolean primaryKey,
        boolean notNull,
        boolean autoincrement,
        DefaultValue defaultValue,
        Generated generated,
        ColumnMode mode,
        List<String> enumValues,
        String renamedFrom) {

    /**
     * A collation kept with the type ({@code text COLLATE NOCASE}, {@code varchar(8)COLLATE RTRIM}, {@code text COLLATE"NOCASE"}): it
     * and what follows it.
     */
    private static final Pattern COLLATE = Pattern.compile("(?is)(^|\\s|(?<=\\)))COLLATE([\\s\"'`\\[].*|$)");

    /** One such collation's name, bare or quoted ({@code "NOCASE"}, {@code [NOCASE]}, {@code `NOCASE`}, {@code 'NOCASE'}). */
    private static final Pattern COLLATION = Pattern.compile("(?is)(?:^|\\s|(?<=\\)))COLLATE(?=[\\s\"'`\\[])\\s*(\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|\\[[^\\]]*]"
            + "|'(?:[^']|'')*'|[^\\s()\"'`\\[\\],;]+)");

    public ColumnDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }

    public static ColumnDef of(String name, String type) {
        return new ColumnDef(name, type, false, false, false, null, null, null, List.of(), null);
    }

    public ColumnDef withName(String newName) {
        return new ColumnDef(newName, type, primaryKey, notNull, autoincrement, defaultValue, generated, mode, enumValues, renamedFrom);
    }

    public ColumnDef withType(String newType) {
        return new ColumnDef(name, newType, primaryKey, notNull, autoincrement, defaultValue, generated, mode, enumValues, renamedFrom);
    }

    public ColumnDef withPrimaryKey(boolean pk) {
        return new ColumnDef(name, type, pk, notNull || pk, autoincrement, defaultValue, generated, mode, enumValues, renamedFrom);
    }

    public ColumnDef withNotNull(boolean nn) {
        return new ColumnDef(name, type, primaryKey, nn, autoincrement, defaultValue, generated, mode, enumValues, renamedFrom);
    }

    public ColumnDef withAutoincrement(boolean ai) {
        return new ColumnDef(name, type, primaryKey, notNull, ai, defaultValue, generated, mode, enumValues, renamedFrom);
    }

    public ColumnDef withDefault(DefaultValue d) {
        return new ColumnDef(name, type, primaryKey, notNull, autoincrement, d, generated, mode, enumValues, renamedFrom);
    }

    public ColumnDef withGenerated(Generated g) {
        return new ColumnDef(name, type, primaryKey, notNull, autoincrement, defaultValue, g, mode, enumValues, renamedFrom);
    }

    public ColumnDef withMode(ColumnMode m, List<String> values) {
        return new ColumnDef(name, type, primaryKey, notNull, autoincrement, defaultValue, generated, m, values, renamedFrom);
    }

    public ColumnDef withRenamedFrom(String from) {
        return new ColumnDef(name, type, primaryKey, notNull, autoincrement, defaultValue, generated, mode, enumValues, from);
    }

    /**
     * Whether the declared type is exactly INTEGER (in any case), the type that makes a one-column primary key SQLite's alias
     * of the rowid. A collation written with the type ({@code integer collate nocase}) is a column constraint to SQLite,
     * not part of the type name, so it still is; {@code int} or {@code integer(10)} is not.
     */
    public boolean integerType() {
        String[] words = type.strip().split("\\s+");
        return words[0].equalsIgnoreCase("integer") && (words.length == 1 || words[1].equalsIgnoreCase("collate"));
    }

    /**
     * The type name as SQLite reads it: {@link #type} without the collation kept with it ({@code text COLLATE NOCASE} is
     * {@code text}; {@code COLLATE NOCASE} alone, a column declared with a collation and no type, is no type).
     */
    public String declaredType() {
        return COLLATE.matcher(type).replaceFirst("").strip();
    }

    /**
     * The collation kept with {@link #type} ({@code text COLLATE NOCASE}, {@code varchar(8)COLLATE "rtrim"}: NOCASE, RTRIM), upper-cased
     * as SQLite folds it (ASCII letters) and unquoted, the last one where it names several (as SQLite takes it); BINARY where it names none.
     */
    public String collation() {
        Matcher m = COLLATION.matcher(type);
        String name = null;
        while (m.find()) name = m.group(1);
        if (name == null) return "BINARY";
        char q = name.charAt(0);
        if (q == '"' || q == '`' || q == '\'') name = name.substring(1, name.length() - 1).replace(String.valueOf(q) + q, String.valueOf(q));
        else if (q == '[') name = name.substring(1, name.length() - 1);
        return SqliteNames.upperKey(name);
    }

    /**
     * The SQLite storage class this column's declared type maps to (SQLite's affinity rules), read from {@link #declaredType}: a
     * collation is a column constraint to SQLite, so {@code code COLLATE NOCASE} has no type and no affinity (BLOB), not NUMERIC.
     */
    public Affinity affinity() {
        return Affinity.of(declaredType());
    }

    /**
     * True when both columns are the same column to SQLite: what drizzle-kit compares (type, ignoring ASCII case, primary key,
     * not null, autoincrement, default, generated). Names, modes and rename hints are ignored.
     */
    public boolean sameDefinition(ColumnDef other) {
        // SQLite reads type names ignoring the case of ASCII letters: INTEGER and integer are one type
        return SqliteNames.key(type).equals(SqliteNames.key(other.type))
                && primaryKey == other.primaryKey
                && notNull == other.notNull
                && autoincrement == other.autoincrement
                && DefaultValue.sameValue(defaultValue, other.defaultValue)
                && Objects.equals(generated, other.generated);
    }
}
