package dev.godwit.engine.plan;

import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQL text for SQLite DDL, in drizzle-kit's layout (so simple migrations read the same), but with
 * every identifier escaped: a backtick or quote in a name no longer breaks the SQL.
 */
public final class Ddl {

    private Ddl() {
    }

    public static String id(String name) {
        return Quoting.backtick(name);
    }

    static String dq(String name) {
        return Quoting.doubleQuoted(name);
    }

    static String literal(String text) {
        return Quoting.literal(text);
    }

    /** CREATE TABLE ending in {@code ");\n"}, as drizzle-kit writes it. */
    public static String createTable(TableDef t) {
        return createTable(t, t.name());
    }

    public static String createTable(TableDef t, String asName) {
        List<String> lines = new ArrayList<>();
        for (ColumnDef c : t.columns()) lines.add(column(c));
        if (t.primaryKey() != null) {
            lines.add("PRIMARY KEY(" + t.primaryKey().columns().stream().map(Ddl::id).collect(Collectors.joining(", ")) + ")");
        }
        for (ForeignKeyDef fk : t.foreignKeys()) lines.add(foreignKey(fk));
        for (CheckDef c : t.checks()) lines.add("CONSTRAINT " + dq(c.name()) + " CHECK(" + c.expression() + ")");
        return "CREATE TABLE " + id(asName) + " (\n\t" + String.join(",\n\t", lines) + "\n);\n";
    }

    /** A column definition: {@code `name` type PRIMARY KEY AUTOINCREMENT DEFAULT d GENERATED ... NOT NULL}. */
    public static String column(ColumnDef c) {
        StringBuilder sb = new StringBuilder(id(c.name())).append(' ').append(c.type());
        if (c.primaryKey()) sb.append(" PRIMARY KEY");
        if (c.autoincrement()) sb.append(" AUTOINCREMENT");
        if (c.defaultValue() != null) sb.append(" DEFAULT ").append(c.defaultValue().sql());
        if (c.generated() != null) sb.append(" GENERATED ALWAYS AS ").append(c.generated().as()).append(' ').append(c.generated().type().name());
        if (c.notNull()) sb.append(" NOT NULL");
        return sb.toString();
    }

    public static String foreignKey(ForeignKeyDef fk) {
        return "FOREIGN KEY (" + ids(fk.columns()) + ") REFERENCES " + id(fk.refTable()) + "(" + ids(fk.refColumns()) + ")"
                + " ON UPDATE " + fk.onUpdate().sql() + " ON DELETE " + fk.onDelete().sql();
    }

    /** Inline form for ALTER TABLE ADD: keeps the actions drizzle-kit drops. */
    public static String references(ForeignKeyDef fk) {
        return "REFERENCES " + id(fk.refTable()) + "(" + ids(fk.refColumns()) + ") ON UPDATE " + fk.onUpdate().sql() + " ON DELETE " + fk.onDelete().sql();
    }

    static String ids(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) (sb.isEmpty() ? sb : sb.append(',')).append(id(n));
        return sb.toString();
    }

    public static String createIndex(String table, IndexDef i) {
        StringBuilder keys = new StringBuilder();
        for (IndexDef.Key k : i.keys()) (keys.isEmpty() ? keys : keys.append(',')).append(k.expression() ? k.text() : id(k.text()));
        return "CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + id(i.name()) + " ON " + id(table) + " (" + keys + ")"
                + (i.where() != null ? " WHERE " + i.where() : "") + ";";
    }

    public static String dropIndex(String name) {
        return "DROP INDEX " + id(name) + ";";
    }

    public static String dropTable(String name) {
        return "DROP TABLE " + id(name) + ";";
    }

    public static String renameTable(String from, String to) {
        return "ALTER TABLE " + id(from) + " RENAME TO " + id(to) + ";";
    }

    public static String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + id(table) + " RENAME COLUMN " + dq(from) + " TO " + dq(to) + ";";
    }

    public static String addColumn(String table, ColumnDef c, ForeignKeyDef inlineFk) {
        return "ALTER TABLE " + id(table) + " ADD " + column(c) + (inlineFk != null ? " " + references(inlineFk) : "") + ";";
    }

    public static String dropColumn(String table, String column) {
        return "ALTER TABLE " + id(table) + " DROP COLUMN " + id(column) + ";";
    }

    public static String createView(ViewDef v) {
        String def = v.definition().strip();
        if (def.endsWith(";")) def = def.substring(0, def.length() - 1);
        // A view's SELECT is the end of its statement: a -- comment it ends in is closed by a line break before the ;
        return "CREATE VIEW " + id(v.name()) + " AS " + def + (endsInLineComment(def) ? "\n;" : ";");
    }

    static boolean endsInLineComment(String sql) {
        List<SqlLexer.Token> ts = SqlLexer.tokenize(sql);
        return !ts.isEmpty() && ts.get(ts.size() - 1).kind() == SqlLexer.Kind.LINE_COMMENT;
    }

    public static String dropView(String name) {
        return "DROP VIEW " + id(name) + ";";
    }
}
