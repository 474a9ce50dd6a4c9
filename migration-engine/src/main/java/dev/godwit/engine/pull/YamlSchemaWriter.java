package dev.godwit.engine.pull;

import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.Generated;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.PrimaryKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SqliteNames;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Writes a schema as one YAML descriptor (the keys {@code dev.godwit.engine.yaml.YamlSchemaReader} reads), for
 * {@code db:pull -Ddb.pull.format=yaml}: a team whose schema is YAML gets YAML back. Every name and SQL text is a double-quoted
 * scalar, so keywords, spaces, quotes and line breaks come back as they were; a key or foreign key is written on its column
 * where the Java writer writes it there, so reading the file gives back {@link JavaSchemaWriter#asLoaded} of the schema.
 */
public final class YamlSchemaWriter {

    private static final Set<String> TYPES = Set.of("integer", "text", "real", "blob", "numeric");

    private YamlSchemaWriter() {
    }

    /** The descriptor's text. */
    public static String write(SchemaDef schema) {
        SchemaDef s = JavaSchemaWriter.asLoaded(schema);
        JavaNames.Names names = new JavaNames.Names(s);
        StringBuilder out = new StringBuilder("# Written by Godwit's db:pull.\n");
        if (!s.tables().isEmpty()) out.append("tables:\n");
        for (TableDef t : s.tables()) table(t, names, out);
        if (!s.views().isEmpty()) out.append("views:\n");
        for (ViewDef v : s.views()) {
            out.append("  - name: ").append(q(v.name())).append('\n');
            if (v.existing() || v.definition() == null) out.append("    existing: true\n");
            else out.append("    as: ").append(multiLine(v.definition(), 6)).append('\n');
            if (v.renamedFrom() != null) out.append("    renamedFrom: ").append(q(v.renamedFrom())).append('\n');
        }
        return out.toString();
    }

    private static void table(TableDef t, JavaNames.Names names, StringBuilder out) {
        out.append("  - name: ").append(q(t.name())).append('\n');
        if (t.renamedFrom() != null) out.append("    renamedFrom: ").append(q(t.renamedFrom())).append('\n');
        List<IndexDef> indexes = new ArrayList<>(t.indexes());
        List<ForeignKeyDef> fks = new ArrayList<>(t.foreignKeys());
        out.append("    columns:\n");
        for (ColumnDef c : t.columns()) out.append("      - ").append(column(t, c, indexes, fks, names)).append('\n');
        PrimaryKeyDef pk = t.primaryKey();
        if (pk != null) {
            out.append("    primaryKey: {columns: ").append(list(pk.columns()));
            if (!pk.name().equals(PrimaryKeyDef.defaultName(t.name(), pk.columns()))) out.append(", name: ").append(q(pk.name()));
            out.append("}\n");
        }
        if (!indexes.isEmpty()) out.append("    indexes:\n");
        for (IndexDef i : indexes) {
            out.append("      - {name: ").append(q(i.name()));
            if (i.keys().stream().noneMatch(IndexDef.Key::expression)) out.append(", columns: ").append(list(i.columns()));
            else {
                List<String> keys = new ArrayList<>();
                for (IndexDef.Key k : i.keys()) keys.add((k.expression() ? "{expression: " : "{column: ") + q(k.text()) + "}");
                out.append(", keys: [").append(String.join(", ", keys)).append(']');
            }
            if (i.unique()) out.append(", unique: true");
            if (i.where() != null) out.append(", where: ").append(q(i.where()));
            out.append("}\n");
        }
        if (!fks.isEmpty()) out.append("    foreignKeys:\n");
        for (ForeignKeyDef fk : fks) {
            out.append("      - {");
            if (!fk.name().equals(ForeignKeyDef.defaultName(t.name(), fk.columns(), fk.refTable(), fk.refColumns()))) {
                out.append("name: ").append(q(fk.name())).append(", ");
            }
            out.append("columns: ").append(list(fk.columns())).append(", references: {table: ").append(q(fk.refTable()))
                    .append(", columns: ").append(list(fk.refColumns())).append('}').append(actions(fk)).append("}\n");
        }
        if (!t.checks().isEmpty()) out.append("    checks:\n");
        for (CheckDef c : t.checks()) out.append("      - {name: ").append(q(c.name())).append(", expression: ").append(q(c.expression())).append("}\n");
    }

    private static String column(TableDef t, ColumnDef c, List<IndexDef> indexes, List<ForeignKeyDef> fks, JavaNames.Names names) {
        StringBuilder sb = new StringBuilder("{name: ").append(q(c.name()));
        String type = SqliteNames.key(c.type());
        Matcher m = JavaSchemaWriter.TEXT_LENGTH.matcher(c.type());
        boolean builtIn = TYPES.contains(type);
        // INTEGER is integer, as the Java writer's builders: SQLite reads a type name ignoring case, and so does the comparison
        if (builtIn) sb.append(", type: ").append(type);
        else if (m.matches()) sb.append(", type: text, length: ").append(m.group(1));
        else sb.append(", sqlType: ").append(q(c.type()));   // varchar(255), TEXT COLLATE NOCASE: as column(name, sqlType) in Java
        if (c.primaryKey()) sb.append(", primaryKey: true");
        if (c.autoincrement()) sb.append(", autoincrement: true");
        if (c.notNull() && !c.primaryKey()) sb.append(", notNull: true");
        IndexDef unique = JavaSchemaWriter.uniqueOnColumn(c, indexes);
        if (unique != null) {
            indexes.remove(unique);
            sb.append(", unique: ").append(unique.name().equals(IndexDef.defaultUniqueName(t.name(), List.of(c.name()))) ? "true" : q(unique.name()));
        }
        if (c.defaultValue() != null) sb.append(", default: ").append(defaultValue(c, c.defaultValue(), builtIn || m.matches()));
        if (c.mode() != null) sb.append(", mode: ").append(c.mode().key());
        if (!c.enumValues().isEmpty()) sb.append(", enum: ").append(list(c.enumValues()));
        if (c.generated() != null) {
            Generated g = c.generated();
            sb.append(", generated: {as: ").append(q(g.as())).append(", type: ").append(g.type() == Generated.Type.STORED ? "stored" : "virtual").append('}');
        }
        if (c.renamedFrom() != null) sb.append(", renamedFrom: ").append(q(c.renamedFrom()));
        ForeignKeyDef fk = JavaSchemaWriter.onColumn(t, c, fks, names);   // as asLoaded and the Java writer pick it
        if (fk != null) {
            fks.remove(fk);
            sb.append(", references: {table: ").append(q(fk.refTable())).append(", column: ").append(q(fk.refColumns().get(0)));
            if (!fk.name().equals(ForeignKeyDef.defaultName(t.name(), fk.columns(), fk.refTable(), fk.refColumns()))) sb.append(", name: ").append(q(fk.name()));
            sb.append(actions(fk)).append('}');
        }
        return sb.append('}').toString();
    }

    /**
     * A default as the reader encodes it back: a boolean or a string literal as a YAML scalar (the Java writer's defaultValue),
     * anything else, and any default of a column of another type or another type than its column's, as {@code {sql: ...}}.
     */
    private static String defaultValue(ColumnDef c, DefaultValue d, boolean builtInType) {
        if (builtInType && dev.godwit.schema.model.LiteralDefaults.fits(c.type(), c.mode(), d)) {
            if (d.kind() == DefaultValue.Kind.BOOLEAN) return Boolean.toString(Boolean.parseBoolean(d.sql()));
            if (d.kind() == DefaultValue.Kind.NUMBER && readsBackAs(d.sql())) return d.sql();
            if (d.kind() == DefaultValue.Kind.SQL && JavaLiterals.isSingleStringLiteral(d.sql())) return q(SqlLexer.unquote(d.sql()));
        }
        return "{sql: " + q(d.sql()) + "}";
    }

    /** Whether a YAML number {@code text} reads back as the same default (an int as a BigInteger, a float as a double). */
    private static boolean readsBackAs(String text) {
        try {
            if (text.matches("-?(0|[1-9][0-9]*)")) return DefaultValue.number(new java.math.BigInteger(text)).sql().equals(text);
            if (text.matches("-?(0|[1-9][0-9]*)\\.[0-9]+")) return DefaultValue.number(new java.math.BigDecimal(text).doubleValue()).sql().equals(text);
        } catch (RuntimeException notANumber) {
            return false;
        }
        return false;
    }

    private static String actions(ForeignKeyDef fk) {
        return (fk.onDelete() == FkAction.NO_ACTION ? "" : ", onDelete: " + fk.onDelete().sql())
                + (fk.onUpdate() == FkAction.NO_ACTION ? "" : ", onUpdate: " + fk.onUpdate().sql());
    }

    private static String list(List<String> items) {
        return "[" + String.join(", ", items.stream().map(YamlSchemaWriter::q).toList()) + "]";
    }

    /**
     * A SELECT of several lines as a literal block ({@code |-}), its lines as written, which a person reads and edits; written so
     * only where it reads back byte for byte (checked by reading it: a CR, a first line that starts with a space, a control
     * character need the escapes of {@link #q}). {@code indent}: the block's lines' indentation.
     */
    static String multiLine(String s, int indent) {
        // a character q escapes by its code (a control character, a lone surrogate, a YAML line break) has no place in a block
        if (s.indexOf('\n') < 0 || s.indexOf('\r') >= 0 || s.startsWith(" ") || s.startsWith("\n") || q(s.replace("\\", "")).contains("\\u")) {
            return q(s);
        }
        int trailing = 0;
        while (trailing < s.length() && s.charAt(s.length() - 1 - trailing) == '\n') trailing++;
        String pad = " ".repeat(indent);
        StringBuilder block = new StringBuilder(trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+");
        for (String line : s.substring(0, s.length() - trailing).split("\n", -1)) block.append('\n').append(line.isEmpty() ? "" : pad + line);
        for (int i = 1; i < trailing; i++) block.append('\n');
        String text = block.toString();
        try {
            Object back = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions()))
                    .load("as: " + text + "\n");
            if (back instanceof java.util.Map<?, ?> m && s.equals(m.get("as"))) return text;
        } catch (RuntimeException notYaml) {
            // written quoted
        }
        return q(s);
    }

    /** A YAML double-quoted scalar: read back as exactly {@code s}, line breaks, quotes and control characters included. */
    static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    // C0, DEL, C1 (U+0085 is a YAML line break), U+2028/U+2029 (line breaks too), the byte order mark and the
                    // noncharacters U+FFFE/U+FFFF (which YAML does not allow in a file: "special characters are not allowed") as escapes
                    if (ch < 0x20 || ch >= 0x7f && ch <= 0x9f || ch == '\u2028' || ch == '\u2029' || ch == '\uFEFF' || ch == '\uFFFE' || ch == '\uFFFF'
                            || Character.isSurrogate(ch) && !(Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                            && !(Character.isLowSurrogate(ch) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
