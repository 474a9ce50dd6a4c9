package dev.godwit.engine.pull;

import static dev.godwit.engine.pull.JavaLiterals.comment;
import static dev.godwit.engine.pull.JavaLiterals.isSingleStringLiteral;
import static dev.godwit.engine.pull.JavaLiterals.multiline;
import static dev.godwit.engine.pull.JavaLiterals.numberLiteral;
import static dev.godwit.engine.pull.JavaLiterals.quoteIdentifier;
import static dev.godwit.engine.pull.JavaLiterals.str;

import dev.godwit.engine.diff.IndexKeys;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a schema as Java sources in Godwit's DSL, for {@code db:pull}: one final class per table
 * (extending {@code dev.godwit.schema.Table}) and per view, with a {@code public static final}
 * instance, columns as camelCase fields and table-level keys in the constructor. SQL names are kept
 * exactly; Java names are made valid and unique. Names equal to the DSL's defaults are left out,
 * so the code reads as if written by hand. Collecting the written classes gives back the schema.
 */
public final class JavaSchemaWriter {

    /** {@code text(255)}: a text column of a length, written {@code text(name).length(255)} (YAML: {@code length: 255}). */
    static final Pattern TEXT_LENGTH = Pattern.compile("text\\(([1-9][0-9]{0,8})\\)", Pattern.CASE_INSENSITIVE);

    private JavaSchemaWriter() {
    }

    /**
     * @param javaPackage the package of the written classes; empty for the default package
     * @return relative source path ({@code com/acme/schema/Users.java}) to source text, in schema order
     */
    public static Map<String, String> write(SchemaDef schema, String javaPackage) {
        schema = plainAscendingKeys(schema);
        String pkg = javaPackage == null ? "" : javaPackage.strip();
        JavaNames.Names names = new JavaNames.Names(schema);
        Map<String, String> out = new LinkedHashMap<>();
        String dir = pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/";
        for (TableDef t : schema.tables()) {
            String cls = names.classOf.get(t.name());
            out.put(dir + cls + ".java", new TableWriter(t, pkg, names).source());
        }
        for (ViewDef v : schema.views()) {
            String cls = names.viewClassOf.get(v.name());
            out.put(dir + cls + ".java", view(v, pkg, cls, names.constantOf(cls)));
        }
        return out;
    }

    /**
     * {@code schema} with each table's foreign keys in the order its written class gives them back: each single-column key
     * written on its column ({@code .references(...)}, the first such per column) in column order, then the others as they
     * were. The database's order (as declared) may be another; the baseline written in it made the next snapshot reorder them.
     */
    public static SchemaDef asLoaded(SchemaDef schema) {
        schema = plainAscendingKeys(schema);
        JavaNames.Names names = new JavaNames.Names(schema);
        List<TableDef> tables = new ArrayList<>();
        for (TableDef t : schema.tables()) {
            List<ForeignKeyDef> rest = new ArrayList<>(t.foreignKeys());
            List<ForeignKeyDef> onColumns = new ArrayList<>();
            for (ColumnDef c : t.columns()) {
                ForeignKeyDef fk = onColumn(t, c, rest, names);
                if (fk == null) continue;
                rest.remove(fk);
                onColumns.add(fk);
            }
            onColumns.addAll(rest);
            tables.add(onColumns.equals(t.foreignKeys()) ? t : t.withForeignKeys(onColumns));
        }
        return new SchemaDef(tables, schema.views(), schema.sources());
    }

    /**
     * {@code schema} with each index key {@code n ASC} naming a column of its table made that column's plain key, as the written
     * class declares it ({@code .on(n)}; ascending is SQLite's default order): read as an expression, it was written
     * {@code onExpression("n ASC")}, which reads as if the index were on a computed value. The comparison takes the two alike.
     */
    public static SchemaDef plainAscendingKeys(SchemaDef schema) {
        List<TableDef> tables = new ArrayList<>();
        for (TableDef t : schema.tables()) {
            List<IndexDef> indexes = new ArrayList<>();
            for (IndexDef i : t.indexes()) {
                List<IndexDef.Key> keys = new ArrayList<>();
                for (IndexDef.Key k : i.keys()) {
                    String asc = k.expression() ? IndexKeys.ascendingColumn(k.text()) : null;
                    ColumnDef c = asc == null ? null : t.columnNamed(asc).orElse(null);
                    keys.add(c == null ? k : IndexDef.Key.column(c.name()));
                }
                indexes.add(keys.equals(i.keys()) ? i : i.withKeys(keys));
            }
            tables.add(indexes.equals(t.indexes()) ? t : t.withIndexes(indexes));
        }
        return new SchemaDef(tables, schema.views(), schema.sources());
    }

    /**
     * The unique index of {@code indexes} written on column {@code c} as its {@code .unique()} (a plain unique index on that column
     * alone), or null (written in the constructor).
     */
    static IndexDef uniqueOnColumn(ColumnDef c, List<IndexDef> indexes) {
        for (IndexDef i : indexes) {
            if (i.unique() && i.where() == null && i.keys().size() == 1 && !i.keys().get(0).expression() && i.keys().get(0).text().equals(c.name())) {
                return i;
            }
        }
        return null;
    }

    /** The key of {@code fks} written on column {@code c} as its {@code .references(...)}, or null (written in the constructor). */
    static ForeignKeyDef onColumn(TableDef t, ColumnDef c, List<ForeignKeyDef> fks, JavaNames.Names names) {
        for (ForeignKeyDef fk : fks) {
            if (fk.columns().size() != 1 || !fk.columns().get(0).equals(c.name()) || fk.refColumns().size() != 1) continue;
            if (names.ref(fk.refTable(), fk.refColumns().get(0)) == null) continue;
            return fk;
        }
        return null;
    }

    // ---- tables ----

    private static final class TableWriter {
        final TableDef t;
        final String pkg;
        final JavaNames.Names names;
        final String cls;
        final Map<String, String> fields;
        final Set<String> imports = new java.util.TreeSet<>();

        TableWriter(TableDef t, String pkg, JavaNames.Names names) {
            this.t = t;
            this.pkg = pkg;
            this.names = names;
            this.cls = names.classOf.get(t.name());
            this.fields = names.fieldOf.get(t.name());
        }

        String source() {
            imports.add("dev.godwit.schema.Column");
            imports.add("dev.godwit.schema.Table");
            List<IndexDef> indexes = new ArrayList<>(t.indexes());
            List<ForeignKeyDef> fks = new ArrayList<>(t.foreignKeys());
            StringBuilder body = new StringBuilder();
            for (ColumnDef c : t.columns()) {
                body.append("    public final Column ").append(fields.get(c.name())).append(" = ").append(column(c, indexes, fks)).append(";\n");
            }
            List<String> ctor = new ArrayList<>();
            ctor.add("super(" + str(t.name()) + ");");
            if (t.renamedFrom() != null) ctor.add("renamedFrom(" + str(t.renamedFrom()) + ");");
            PrimaryKeyDef pk = t.primaryKey();
            if (pk != null) {
                String cols = fieldList(pk.columns());
                ctor.add(pk.name().equals(PrimaryKeyDef.defaultName(t.name(), pk.columns()))
                        ? "primaryKey(" + cols + ");" : "primaryKey(" + str(pk.name()) + ", " + cols + ");");
            }
            for (IndexDef i : indexes) ctor.add(index(i));
            for (ForeignKeyDef fk : fks) ctor.add(foreignKey(fk));
            for (CheckDef c : t.checks()) ctor.add("check(" + str(c.name()) + ", " + str(c.expression()) + ");");

            StringBuilder sb = new StringBuilder();
            if (!pkg.isEmpty()) sb.append("package ").append(pkg).append(";\n\n");
            for (String imp : imports) sb.append("import ").append(imp).append(";\n");
            sb.append("\n/** Table ").append(comment(t.name())).append(", written by Godwit's db:pull. */\n");
            sb.append("public final class ").append(cls).append(" extends Table {\n");
            sb.append("    public static final ").append(cls).append(' ').append(names.constantOf(cls)).append(" = new ").append(cls).append("();\n\n");
            sb.append(body).append('\n');
            sb.append("    private ").append(cls).append("() {\n");
            for (String line : ctor) sb.append("        ").append(line).append('\n');
            sb.append("    }\n}\n");
            return sb.toString();
        }

        private String column(ColumnDef c, List<IndexDef> indexes, List<ForeignKeyDef> fks) {
            StringBuilder sb = new StringBuilder();
            String type = c.type();
            Matcher m = TEXT_LENGTH.matcher(type);
            // INTEGER is integer: SQLite reads a type name ignoring ASCII case, and so does the comparison (ColumnDef.sameDefinition)
            switch (SqliteNames.key(type)) {
                case "integer", "text", "real", "blob", "numeric" -> sb.append(SqliteNames.key(type)).append('(').append(str(c.name())).append(')');
                default -> {
                    if (m.matches()) sb.append("text(").append(str(c.name())).append(").length(").append(m.group(1)).append(')');
                    else sb.append("column(").append(str(c.name())).append(", ").append(str(type)).append(')');
                }
            }
            if (c.primaryKey()) sb.append(".primaryKey()");
            if (c.autoincrement()) sb.append(".autoIncrement()");
            if (c.notNull() && !c.primaryKey()) sb.append(".notNull()");
            IndexDef unique = uniqueOnColumn(c, indexes);
            if (unique != null) {
                indexes.remove(unique);
                sb.append(unique.name().equals(IndexDef.defaultUniqueName(t.name(), List.of(c.name()))) ? ".unique()" : ".unique(" + str(unique.name()) + ")");
            }
            DefaultValue d = c.defaultValue();
            if (d != null) sb.append(defaultValue(c, d));
            if (c.mode() != null) {
                imports.add("dev.godwit.schema.model.ColumnMode");
                sb.append(".mode(ColumnMode.").append(c.mode().name()).append(')');
            }
            if (!c.enumValues().isEmpty()) {
                sb.append(".enumValues(").append(String.join(", ", c.enumValues().stream().map(JavaLiterals::str).toList())).append(')');
            }
            if (c.generated() != null) {
                Generated g = c.generated();
                if (g.type() == Generated.Type.VIRTUAL) sb.append(".generatedAlwaysAs(").append(str(g.as())).append(')');
                else {
                    imports.add("dev.godwit.schema.model.Generated");
                    sb.append(".generatedAlwaysAs(").append(str(g.as())).append(", Generated.Type.STORED)");
                }
            }
            if (c.renamedFrom() != null) sb.append(".renamedFrom(").append(str(c.renamedFrom())).append(')');
            ForeignKeyDef fk = onColumn(t, c, fks, names);   // as asLoaded picks it
            if (fk != null) {
                fks.remove(fk);
                String target = names.ref(fk.refTable(), fk.refColumns().get(0));
                boolean defaultName = fk.name().equals(ForeignKeyDef.defaultName(t.name(), fk.columns(), fk.refTable(), fk.refColumns()));
                sb.append(".references(").append(defaultName ? "" : str(fk.name()) + ", ").append("() -> ").append(target).append(')');
                sb.append(actions(fk));
            }
            return sb.toString();
        }

        private String defaultValue(ColumnDef c, DefaultValue d) {
            // a hand-made database's default of another type than its column ('abc' on an integer) is one the DSL refuses as a literal
            if (!dev.godwit.schema.model.LiteralDefaults.fits(c.type(), c.mode(), d)) return ".defaultSql(" + str(d.sql()) + ")";
            switch (d.kind()) {
                case BOOLEAN:
                    return ".defaultValue(" + Boolean.parseBoolean(d.sql()) + ")";
                case NUMBER: {
                    String lit = numberLiteral(d.sql());
                    if (lit != null) return ".defaultValue(" + lit + ")";
                    return ".defaultSql(" + str(d.sql()) + ")";
                }
                default: {
                    String s = d.sql();
                    if (isSingleStringLiteral(s)) {
                        String value = SqlLexer.unquote(s);
                        return ".defaultValue(" + str(value) + ")";
                    }
                    return ".defaultSql(" + str(s) + ")";
                }
            }
        }

        private String actions(ForeignKeyDef fk) {
            StringBuilder sb = new StringBuilder();
            if (fk.onDelete() != FkAction.NO_ACTION) {
                imports.add("dev.godwit.schema.model.FkAction");
                sb.append(".onDelete(FkAction.").append(fk.onDelete().name()).append(')');
            }
            if (fk.onUpdate() != FkAction.NO_ACTION) {
                imports.add("dev.godwit.schema.model.FkAction");
                sb.append(".onUpdate(FkAction.").append(fk.onUpdate().name()).append(')');
            }
            return sb.toString();
        }

        private String fieldList(List<String> columns) {
            return String.join(", ", columns.stream().map(c -> fields.getOrDefault(c, "/* missing column " + comment(c) + " */ null")).toList());
        }

        private String index(IndexDef i) {
            StringBuilder sb = new StringBuilder();
            if (i.unique() && i.name().equals(IndexDef.defaultUniqueName(t.name(), i.columns()))) sb.append("unique()");
            else sb.append(i.unique() ? "uniqueIndex(" : "index(").append(str(i.name())).append(')');
            List<String> run = new ArrayList<>();
            String runMethod = null;   // "on" or "onDesc": consecutive column keys go in one call
            for (IndexDef.Key k : i.keys()) {
                String desc = k.expression() ? IndexKeys.descendingColumn(k.text()) : null;
                String field = desc != null ? fieldNamed(desc) : k.expression() ? null : fields.get(k.text());
                String method = field == null ? null : desc != null ? "onDesc" : "on";
                if (!run.isEmpty() && !java.util.Objects.equals(method, runMethod)) {
                    sb.append('.').append(runMethod).append('(').append(String.join(", ", run)).append(')');
                    run.clear();
                }
                if (field != null) {
                    run.add(field);
                    runMethod = method;
                    continue;
                }
                sb.append(".onExpression(").append(str(k.expression() ? k.text() : quoteIdentifier(k.text()))).append(')');
            }
            if (!run.isEmpty()) sb.append('.').append(runMethod).append('(').append(String.join(", ", run)).append(')');
            if (i.where() != null) sb.append(".where(").append(str(i.where())).append(')');
            return sb.append(';').toString();
        }

        /** The field of the column SQLite takes {@code name} for (names compared ignoring ASCII case), or null. */
        private String fieldNamed(String name) {
            if (fields.containsKey(name)) return fields.get(name);
            return t.columnNamed(name).map(c -> fields.get(c.name())).orElse(null);
        }

        private String foreignKey(ForeignKeyDef fk) {
            List<String> targets = new ArrayList<>();
            for (String rc : fk.refColumns()) targets.add(names.ref(fk.refTable(), rc));
            if (targets.isEmpty() || targets.contains(null)) {
                return "// foreign key " + comment(String.valueOf(fk.columns())) + " -> " + comment(fk.refTable())
                        + " left out: its target is not in the schema";
            }
            StringBuilder sb = new StringBuilder("foreignKey(").append(fieldList(fk.columns())).append(").references(");
            sb.append(String.join(", ", targets.stream().map(x -> "() -> " + x).toList())).append(')');
            if (!fk.name().equals(ForeignKeyDef.defaultName(t.name(), fk.columns(), fk.refTable(), fk.refColumns()))) {
                sb.append(".name(").append(str(fk.name())).append(')');
            }
            return sb.append(actions(fk)).append(';').toString();
        }
    }

    // ---- views ----

    private static String view(ViewDef v, String pkg, String cls, String constant) {
        StringBuilder sb = new StringBuilder();
        if (!pkg.isEmpty()) sb.append("package ").append(pkg).append(";\n\n");
        sb.append("import dev.godwit.schema.View;\n\n");
        sb.append("/** View ").append(comment(v.name())).append(", written by Godwit's db:pull. */\n");
        sb.append("public final class ").append(cls).append(" extends View {\n");
        sb.append("    public static final ").append(cls).append(' ').append(constant).append(" = new ").append(cls).append("();\n\n");
        sb.append("    private ").append(cls).append("() {\n");
        if (v.existing() || v.definition() == null) {
            sb.append("        super(").append(str(v.name())).append(");\n");
        } else {
            sb.append("        super(").append(str(v.name())).append(",\n                ").append(multiline(v.definition())).append(");\n");
        }
        if (v.renamedFrom() != null) sb.append("        renamedFrom(").append(str(v.renamedFrom())).append(");\n");
        sb.append("    }\n}\n");
        return sb.toString();
    }
}
