package dev.godwit.schema;

import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ColumnMode;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.Generated;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A column of a {@link Table}, declared as a field: {@code public final Column email = text("email").notNull();}.
 * Every modifier returns the same column, so they chain.
 */
public final class Column {

    private final Table table;
    private final String name;
    private String type;
    private boolean primaryKey;
    private boolean notNull;
    private boolean autoincrement;
    private DefaultValue defaultValue;
    private Object literalDefault;
    private Generated generated;
    private ColumnMode mode;
    private List<String> enumValues = List.of();
    private String renamedFrom;
    private boolean unique;
    private String uniqueName;
    private Supplier<Column> reference;
    private String foreignKeyName;
    private FkAction onDelete = FkAction.NO_ACTION;
    private FkAction onUpdate = FkAction.NO_ACTION;

    Column(Table table, String name, String type) {
        this.table = table;
        this.name = name;
        this.type = type;
    }

    /** The column's SQL name. */
    public String name() {
        return name;
    }

    /** The table this column belongs to. */
    public Table table() {
        return table;
    }

    /** The column name quoted for SQL, for use in checks and index conditions: {@code "email"}. */
    public String sql() {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** Single-column primary key (implies NOT NULL). */
    public Column primaryKey() {
        this.primaryKey = true;
        this.notNull = true;
        return this;
    }

    /** AUTOINCREMENT: only on an {@code integer} primary key; ids are never reused. */
    public Column autoIncrement() {
        this.autoincrement = true;
        return this;
    }

    public Column notNull() {
        this.notNull = true;
        return this;
    }

    /** A unique index named {@code <table>_<column>_unique}. */
    public Column unique() {
        this.unique = true;
        return this;
    }

    /** A unique index with the given name. */
    public Column unique(String indexName) {
        this.unique = true;
        this.uniqueName = indexName;
        return this;
    }

    /** {@code text(n)}: SQLite ignores the length, but it is kept in the DDL. */
    public Column length(int length) {
        if (!type.equals("text")) throw new IllegalStateException("length() applies to text columns, not " + type + " (column " + name + ")");
        this.type = "text(" + length + ")";
        return this;
    }

    /**
     * A literal default: a string (or a char, on a text column), number, boolean, {@link Instant}/{@link Date} (stored as seconds, or
     * milliseconds in {@code timestamp_ms} mode), a {@code byte[]} (a blob literal {@code x'0102'}, but JSON in {@code json}
     * mode), or a {@link Map}/{@link List} stored as JSON text. It must fit the column's type, as drizzle's types require: no text
     * that is no number on an {@code integer} or {@code real} column, no boolean on a {@code text} or {@code real} one; such a
     * default, where really meant, is {@link #defaultSql} ({@code defaultSql("'abc'")}).
     */
    public Column defaultValue(Object value) {
        if (value == null) throw new IllegalArgumentException("column " + name + ": a null default is the absence of a default; leave it out");
        this.literalDefault = value;
        this.defaultValue = null;
        return this;
    }

    /** A raw SQL default, written as given; expressions need their parentheses: {@code "(unixepoch())"}. */
    public Column defaultSql(String sql) {
        if (sql == null) throw new IllegalArgumentException("column " + name + ": defaultSql(null) declares no default; leave it out");
        this.defaultValue = DefaultValue.sql(sql);
        this.literalDefault = null;
        return this;
    }

    /** drizzle's mode: how the application maps the stored value (BOOLEAN, TIMESTAMP, JSON, ...). */
    public Column mode(ColumnMode mode) {
        this.mode = mode;
        return this;
    }

    /** The allowed values of a text column (application-side, as drizzle's text enum; no CHECK is added). */
    public Column enumValues(String... values) {
        if (values == null || Arrays.asList(values).contains(null)) {
            throw new IllegalArgumentException("column " + name + ": enumValues(...) got null; list the allowed texts");
        }
        this.enumValues = List.copyOf(Arrays.asList(values));
        return this;
    }

    /** A foreign key to another table's column, looked up lazily so tables can reference each other. */
    public Column references(Supplier<Column> target) {
        this.reference = target;
        return this;
    }

    /** A foreign key with an explicit constraint name. */
    public Column references(String constraintName, Supplier<Column> target) {
        this.foreignKeyName = constraintName;
        this.reference = target;
        return this;
    }

    public Column onDelete(FkAction action) {
        requireReference("onDelete");
        this.onDelete = action;
        return this;
    }

    public Column onUpdate(FkAction action) {
        requireReference("onUpdate");
        this.onUpdate = action;
        return this;
    }

    /** {@code GENERATED ALWAYS AS (expr) VIRTUAL}. */
    public Column generatedAlwaysAs(String expression) {
        return generatedAlwaysAs(expression, Generated.Type.VIRTUAL);
    }

    public Column generatedAlwaysAs(String expression, Generated.Type type) {
        if (expression == null) throw new IllegalArgumentException("column " + name + ": generatedAlwaysAs(null) needs the SQL expression");
        this.generated = Generated.of(expression, type);
        return this;
    }

    /** Declares that this column was called {@code oldName} before: the next migration renames it. */
    public Column renamedFrom(String oldName) {
        this.renamedFrom = oldName;
        return this;
    }

    private void requireReference(String what) {
        if (reference == null) {
            throw new IllegalStateException("column " + name + ": " + what + "() needs references(...) first");
        }
    }

    /** The declared SQL type, e.g. {@code integer} or {@code text(20)}. */
    String type() {
        return type;
    }

    boolean isUnique() {
        return unique;
    }

    String uniqueName() {
        return uniqueName;
    }

    Supplier<Column> reference() {
        return reference;
    }

    String foreignKeyName() {
        return foreignKeyName;
    }

    FkAction onDeleteAction() {
        return onDelete;
    }

    FkAction onUpdateAction() {
        return onUpdate;
    }

    /** The values as a SQL list's items: numbers as they are, other text as string literals. */
    private static String sqlList(List<String> values) {
        return String.join(", ", values.stream().map(v -> v.matches("[-+]?[0-9]+(\\.[0-9]+)?") ? v : "'" + v.replace("'", "''") + "'").toList());
    }

    ColumnDef toDef() {
        if (!enumValues.isEmpty() && type != null && dev.godwit.schema.model.Affinity.of(type) != dev.godwit.schema.model.Affinity.TEXT) {
            // drizzle's enum is text's alone and TypeScript-only (no CHECK): on another column it would mean nothing
            throw new IllegalArgumentException("enumValues(...) applies to text columns only (as drizzle's text({enum}); it adds no CHECK), not "
                    + type + "; to hold the column to some values, drop enumValues and add check(\"" + table.tableName() + "_" + name
                    + "_check\", \"" + name + " IN (" + sqlList(enumValues).replace("\"", "\\\"") + ")\") to the table");
        }
        String badType = dev.godwit.schema.model.SqlTypeName.problem(type);
        if (badType != null) throw new IllegalArgumentException(badType);
        DefaultValue d = defaultValue != null ? defaultValue : literalDefault == null ? null : encodeLiteral(literalDefault);
        if (literalDefault != null) {
            String misfit = dev.godwit.schema.model.LiteralDefaults.problem(type, mode, d, dev.godwit.schema.model.LiteralDefaults.Syntax.JAVA);
            if (misfit != null) throw new IllegalArgumentException(misfit);
        }
        return new ColumnDef(name, type, primaryKey, notNull, autoincrement, d, generated, mode, enumValues, renamedFrom);
    }

    private DefaultValue encodeLiteral(Object v) {
        if (v instanceof Boolean b) return DefaultValue.bool(b);
        if (v instanceof Number n) {
            if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
                throw new IllegalArgumentException("the default " + n + " has no SQL literal (a default must be a finite number);"
                        + " leave the default out, or give it as SQL, e.g. defaultSql(\"(9e999)\") for Infinity");
            }
            return DefaultValue.number(n);
        }
        if (v instanceof CharSequence s) return DefaultValue.string(s.toString());
        if (v instanceof Character ch) {
            // drizzle has no char: 'x' is the one-character text "x" there, which only a text column keeps as text
            if (dev.godwit.schema.model.Affinity.of(type) == dev.godwit.schema.model.Affinity.TEXT) return DefaultValue.string(ch.toString());
            throw new IllegalArgumentException("the char default " + DefaultValue.quote(ch.toString()) + " is text, but the column is " + type
                    + "; give a number (defaultValue(" + (int) ch + ") for the code of " + DefaultValue.quote(ch.toString())
                    + "), or a text column for the character");
        }
        if (v instanceof Instant || v instanceof Date) {
            long ms = v instanceof Instant i ? i.toEpochMilli() : ((Date) v).getTime();
            return DefaultValue.number(mode == ColumnMode.TIMESTAMP_MS ? ms : Math.floorDiv(ms, 1000));
        }
        if (v instanceof byte[] bytes && mode != ColumnMode.JSON) {
            // bytes are a blob literal (as SQLite and db:pull write it); in json mode, a JSON array like any other array
            return DefaultValue.sql("x'" + java.util.HexFormat.of().formatHex(bytes) + "'");
        }
        if (v instanceof Map<?, ?> || v instanceof List<?> || v.getClass().isArray()) {
            return DefaultValue.string(Json.write(v));
        }
        if (v instanceof Enum<?> e) return DefaultValue.string(e.name());
        throw new IllegalArgumentException("cannot use a " + v.getClass().getName()
                + " as a default; use a string, number, boolean, Instant, Map or List, or defaultSql(...)");
    }

    @Override
    public String toString() {
        return table.tableName() + "." + name;
    }
}
