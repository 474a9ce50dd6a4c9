package dev.godwit.engine.pull;

import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlLexer.Kind;
import dev.godwit.engine.sql.SqlLexer.Token;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.Generated;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.PrimaryKeyDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import dev.godwit.schema.model.ViewDef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "_",
            "var", "yield", "record", "sealed", "permits", "non-sealed");

    /** Class names that would clash with the imports or with java.lang in the generated files. */
    private static final Set<String> RESERVED_CLASSES = Set.of(
            "Table", "Column", "View", "FkAction", "Generated", "ColumnMode", "String", "Object", "Integer", "Long",
            "Double", "Float", "Short", "Byte", "Boolean", "Character", "Number", "Math", "System", "Class", "Record",
            "Enum", "Void", "Override", "Deprecated", "SuppressWarnings", "SafeVarargs", "FunctionalInterface",
            "Exception", "Error", "Throwable", "RuntimeException", "Thread", "Runtime", "Iterable", "Comparable",
            "Runnable", "Process", "Module", "Package", "StringBuilder", "CharSequence", "Cloneable", "AutoCloseable");

    private static final Pattern TEXT_LENGTH = Pattern.compile("text\\(([1-9][0-9]{0,8})\\)");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");

    private JavaSchemaWriter() {
    }

    /**
     * @param javaPackage the package of the written classes; empty for the default package
     * @return relative source path ({@code com/acme/schema/Users.java}) to source text, in schema order
     */
    public static Map<String, String> write(SchemaDef schema, String javaPackage) {
        String pkg = javaPackage == null ? "" : javaPackage.strip();
        Names names = new Names(schema);
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

    // ---- names ----

    private static final class Names {
        final Map<String, String> classOf = new HashMap<>();
        final Map<String, String> viewClassOf = new HashMap<>();
        final Map<String, Map<String, String>> fieldOf = new HashMap<>();
        final Map<String, TableDef> tables = new HashMap<>();
        final Set<String> classNames = new HashSet<>();

        Names(SchemaDef schema) {
            Set<String> usedLower = new HashSet<>();
            for (TableDef t : schema.tables()) {
                String c = uniqueClass(className(t.name()), "Table", usedLower);
                classOf.put(t.name(), c);
                tables.put(t.name(), t);
            }
            for (ViewDef v : schema.views()) viewClassOf.put(v.name(), uniqueClass(className(v.name()), "View", usedLower));
            classNames.addAll(classOf.values());
            classNames.addAll(viewClassOf.values());
            for (TableDef t : schema.tables()) {
                Map<String, String> fields = new LinkedHashMap<>();
                Set<String> used = new HashSet<>(classNames);
                used.add(constantOf(classOf.get(t.name())));
                for (ColumnDef c : t.columns()) {
                    String f = fieldName(c.name());
                    String base = f;
                    for (int i = 2; used.contains(f); i++) f = base + i;
                    used.add(f);
                    fields.put(c.name(), f);
                }
                fieldOf.put(t.name(), fields);
            }
        }

        private String uniqueClass(String base, String suffix, Set<String> usedLower) {
            String c = RESERVED_CLASSES.contains(base) ? base + suffix : base;
            String candidate = c;
            for (int i = 2; !usedLower.add(candidate.toLowerCase(Locale.ROOT)); i++) candidate = c + i;
            return candidate;
        }

        String constantOf(String cls) {
            String c = constantName(cls);
            return c.equals(cls) ? c + "_" : c;
        }

        /** The Java expression for a column's field, e.g. {@code Users.USERS.id}; null when not in the schema. */
        String ref(String table, String column) {
            String cls = classOf.get(table);
            if (cls == null) return null;
            String f = fieldOf.get(table).get(column);
            return f == null ? null : cls + "." + constantOf(cls) + "." + f;
        }
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                // Split camelCase: userId -> user, Id.
                if (w.length() > 0 && Character.isUpperCase(cp) && Character.isLowerCase(w.codePointBefore(w.length()))) {
                    words.add(w.toString());
                    w.setLength(0);
                }
                w.appendCodePoint(cp);
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        });
        if (w.length() > 0) words.add(w.toString());
        return words;
    }

    private static String capitalize(String word) {
        boolean allUpper = word.equals(word.toUpperCase(Locale.ROOT));
        String rest = word.substring(word.offsetByCodePoints(0, 1));
        return new String(Character.toChars(Character.toUpperCase(word.codePointAt(0)))) + (allUpper ? rest.toLowerCase(Locale.ROOT) : rest);
    }

    /** {@code agent_versions} -> {@code AgentVersions}. */
    static String className(String sqlName) {
        StringBuilder sb = new StringBuilder();
        for (String w : words(sqlName)) sb.append(capitalize(w));
        if (sb.length() == 0) sb.append("Table");
        if (!Character.isJavaIdentifierStart(sb.codePointAt(0))) sb.insert(0, 'T');
        return sb.toString();
    }

    /** {@code created_at} -> {@code createdAt}; keywords get a trailing underscore. */
    static String fieldName(String sqlName) {
        List<String> ws = words(sqlName);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ws.size(); i++) {
            String w = ws.get(i);
            if (i == 0) sb.append(w.equals(w.toUpperCase(Locale.ROOT)) ? w.toLowerCase(Locale.ROOT)
                    : new String(Character.toChars(Character.toLowerCase(w.codePointAt(0)))) + w.substring(w.offsetByCodePoints(0, 1)));
            else sb.append(capitalize(w));
        }
        if (sb.length() == 0) sb.append("column");
        if (!Character.isJavaIdentifierStart(sb.codePointAt(0))) sb.insert(0, 'c');
        String f = sb.toString();
        return KEYWORDS.contains(f) ? f + "_" : f;
    }

    /** {@code AgentVersions} -> {@code AGENT_VERSIONS}. */
    static String constantName(String cls) {
        StringBuilder sb = new StringBuilder();
        int prev = 0;
        for (int i = 0; i < cls.length(); ) {
            int cp = cls.codePointAt(i);
            if (i > 0 && Character.isUpperCase(cp) && (Character.isLowerCase(prev) || Character.isDigit(prev))) sb.append('_');
            sb.appendCodePoint(Character.toUpperCase(cp));
            prev = cp;
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** A Java string literal: quotes, backslashes and control characters escaped; non-ASCII as {@code \\uXXXX}. */
    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) sb.append(String.format("\\%03o", (int) c));
                    else if (c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    // ---- tables ----

    private static final class TableWriter {
        final TableDef t;
        final String pkg;
        final Names names;
        final String cls;
        final Map<String, String> fields;
        final Set<String> imports = new java.util.TreeSet<>();

        TableWriter(TableDef t, String pkg, Names names) {
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
            switch (type) {
                case "integer", "text", "real", "blob", "numeric" -> sb.append(type).append('(').append(str(c.name())).append(')');
                default -> {
                    if (m.matches()) sb.append("text(").append(str(c.name())).append(").length(").append(m.group(1)).append(')');
                    else sb.append("column(").append(str(c.name())).append(", ").append(str(type)).append(')');
                }
            }
            if (c.primaryKey()) sb.append(".primaryKey()");
            if (c.autoincrement()) sb.append(".autoIncrement()");
            if (c.notNull() && !c.primaryKey()) sb.append(".notNull()");
            for (IndexDef i : indexes) {
                if (i.unique() && i.where() == null && i.keys().size() == 1 && !i.keys().get(0).expression()
                        && i.keys().get(0).text().equals(c.name())) {
                    indexes.remove(i);
                    sb.append(i.name().equals(IndexDef.defaultUniqueName(t.name(), List.of(c.name()))) ? ".unique()" : ".unique(" + str(i.name()) + ")");
                    break;
                }
            }
            DefaultValue d = c.defaultValue();
            if (d != null) sb.append(defaultValue(d));
            if (c.mode() != null) {
                imports.add("dev.godwit.schema.model.ColumnMode");
                sb.append(".mode(ColumnMode.").append(c.mode().name()).append(')');
            }
            if (!c.enumValues().isEmpty()) {
                sb.append(".enumValues(").append(String.join(", ", c.enumValues().stream().map(JavaSchemaWriter::str).toList())).append(')');
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
            for (ForeignKeyDef fk : fks) {
                if (fk.columns().size() != 1 || !fk.columns().get(0).equals(c.name()) || fk.refColumns().size() != 1) continue;
                String target = names.ref(fk.refTable(), fk.refColumns().get(0));
                if (target == null) continue;
                fks.remove(fk);
                boolean defaultName = fk.name().equals(ForeignKeyDef.defaultName(t.name(), fk.columns(), fk.refTable(), fk.refColumns()));
                sb.append(".references(").append(defaultName ? "" : str(fk.name()) + ", ").append("() -> ").append(target).append(')');
                sb.append(actions(fk));
                break;
            }
            return sb.toString();
        }

        private String defaultValue(DefaultValue d) {
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
            for (IndexDef.Key k : i.keys()) {
                if (!k.expression() && fields.containsKey(k.text())) {
                    run.add(fields.get(k.text()));
                    continue;
                }
                if (!run.isEmpty()) {
                    sb.append(".on(").append(String.join(", ", run)).append(')');
                    run.clear();
                }
                sb.append(".onExpression(").append(str(k.expression() ? k.text() : quoteIdentifier(k.text()))).append(')');
            }
            if (!run.isEmpty()) sb.append(".on(").append(String.join(", ", run)).append(')');
            if (i.where() != null) sb.append(".where(").append(str(i.where())).append(')');
            return sb.append(';').toString();
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

    private static String quoteIdentifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A name for a comment: as a Java string literal, with {@code *}{@code /} broken up. */
    private static String comment(String s) {
        return str(s).replace("*/", "*\\/");
    }

    /** Whether the SQL text is one string literal and nothing else (no comment, no space around it). */
    private static boolean isSingleStringLiteral(String s) {
        List<Token> ts = SqlLexer.tokenize(s);
        return ts.size() == 1 && ts.get(0).kind() == Kind.STRING && ts.get(0).isTerminated();
    }

    /** A Java literal whose {@link DefaultValue#number} text is exactly {@code sql}; null if there is none. */
    static String numberLiteral(String sql) {
        if (INTEGER.matcher(sql).matches()) {
            BigInteger v = new BigInteger(sql);
            if (!v.toString().equals(sql)) return null;
            if (v.bitLength() < 32) return sql;
            if (v.bitLength() < 64) return sql + "L";
            return "new java.math.BigInteger(" + str(sql) + ")";
        }
        try {
            double d = Double.parseDouble(sql);
            if (!Double.isInfinite(d) && DefaultValue.formatNumber(d).equals(sql)) return Double.toString(d);
            BigDecimal bd = new BigDecimal(sql);
            if (DefaultValue.formatNumber(bd).equals(sql)) return "new java.math.BigDecimal(" + str(sql) + ")";
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
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

    /** A string over several source lines when it has line breaks: {@code "a\n" + "b"}. */
    private static String multiline(String s) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                parts.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length()) parts.add(s.substring(start));
        if (parts.isEmpty()) return "\"\"";
        return String.join("\n                + ", parts.stream().map(JavaSchemaWriter::str).toList());
    }
}
