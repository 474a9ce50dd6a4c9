package dev.godwit.schema.model;

/**
 * Whether a literal default ({@code defaultValue(...)} in Java, a plain {@code default:} in YAML) is a value of its column's
 * type, as drizzle's TypeScript types require: a number on {@code integer} and {@code real}, no boolean on {@code text} or
 * {@code real}. SQLite takes any default and stores it in every row that leaves the column out, so {@code 'abc'} on an
 * integer column is text where the application reads a number, and {@code true} on a text column is the text {@code '1'}.
 * A default in SQL ({@code defaultSql}, YAML {@code {sql: ...}}) is its author's word and is not checked here: it is how a
 * database made by hand keeps such a default (db:pull writes it so).
 */
public final class LiteralDefaults {

    /** How the fix is written: Java's DSL or a YAML descriptor. */
    public enum Syntax { JAVA, YAML }

    private LiteralDefaults() {
    }

    /** Whether the literal fits the column: db:pull writes {@code defaultValue(...)} only then, else {@code defaultSql(...)}. */
    public static boolean fits(String type, ColumnMode mode, DefaultValue literal) {
        return misfit(type, mode, literal) == null;
    }

    /**
     * Why the literal default does not fit the column, with what to write instead, or null when it fits. Beyond integer, real
     * and text: a {@code blob} takes text and numbers (SQLite gives it no affinity, and drizzle-kit's own cases declare such
     * defaults) but no boolean, and in json mode anything, as drizzle's json blob does; a {@code numeric} takes what its mode's
     * TypeScript type does (any text in the default string mode, a number in number mode, an integer in bigint mode, as on a
     * bigint blob, which drizzle-orm reads with BigInt), and no boolean; a type of {@code column(name, sqlType)} of INTEGER or
     * REAL affinity ({@code bigint}, {@code double}) takes no text that is no number. Other such types (a drizzle customType's
     * value is its author's) are not checked.
     */
    public static String problem(String type, ColumnMode mode, DefaultValue literal, Syntax syntax) {
        Misfit m = misfit(type, mode, literal);
        if (m == null) return null;
        String base = SchemaValidator.baseType(type);
        String value = syntax == Syntax.JAVA ? javaValue(literal) : yamlValue(literal);
        String asSql = syntax == Syntax.JAVA ? "defaultSql(" + javaString(literal.sql()) + ")" : "default: {sql: " + javaString(literal.sql()) + "}";
        String column = "the column is " + type + (mode == null ? "" : " in mode " + mode.key());
        String stored = "true".equalsIgnoreCase(literal.sql().strip()) ? "1" : "0";   // what SQLite stores of a boolean
        return switch (m) {
            case TEXT_ON_NUMBER -> "the default " + value + " is text, but " + column + ", so every row that leaves the column out holds the"
                    + " text " + literal.sql() + " where the application reads a number; give a number ("
                    + (syntax == Syntax.JAVA ? "defaultValue(" + ("real".equals(base) ? "1.5" : "1") + ")" : "default: " + ("real".equals(base) ? "1.5" : "1")
                    + ", unquoted") + "), or, if the text is really meant (as in a database made by hand), " + asSql;
            case BOOLEAN_ON_TEXT -> "the default " + value + " is a boolean, but " + column + ", and SQLite stores "
                    + literal.sql() + " as " + stored
                    + ", so every row that leaves the column out holds the text '" + stored + "'; give the text meant (" + (syntax == Syntax.JAVA ? "defaultValue(\"" + literal.sql().strip().toLowerCase(java.util.Locale.ROOT) + "\")"
                    : "default: '" + literal.sql().strip().toLowerCase(java.util.Locale.ROOT) + "', quoted") + "), or, if that is really meant, " + asSql;
            case BOOLEAN_ON_REAL -> "the default " + value + " is a boolean, but " + column + ", and SQLite stores " + literal.sql() + " as the"
                    + " number " + stored + "; give the value meant ("
                    + (syntax == Syntax.JAVA ? "defaultValue(" : "default: ") + stored + ("real".equals(base) ? ".0" : "")
                    + (syntax == Syntax.JAVA ? ")" : "") + "), or, if the number is really meant, " + asSql;
            case BOOLEAN_ON_BLOB -> "the default " + value + " is a boolean, but " + column + ", and SQLite stores " + literal.sql() + " as the"
                    + " number " + stored + ", not bytes; give the bytes meant ("
                    + (syntax == Syntax.JAVA ? "defaultValue(new byte[] {" + stored + "})" : "default: {sql: \"x'0" + stored + "'\"}")
                    + "), or, if the number is really meant, " + asSql;
            case NOT_AN_INTEGER -> "the default " + value + " is no integer, but " + column + ", which drizzle-orm reads with BigInt(...),"
                    + " so every row that leaves the column out fails to read; give an integer ("
                    + (syntax == Syntax.JAVA ? "defaultValue(1)" : "default: 1") + "), or, if the value is really meant, " + asSql;
        };
    }

    /** Type names that mean a number wherever they are written (SQLite's INTEGER and REAL affinity types of its documentation). */
    private static final java.util.Set<String> NUMBER_TYPES = java.util.Set.of("int", "tinyint", "smallint", "mediumint", "bigint", "unsigned",
            "int2", "int4", "int8", "double", "float", "float4", "float8");

    private enum Misfit { TEXT_ON_NUMBER, BOOLEAN_ON_TEXT, BOOLEAN_ON_REAL, BOOLEAN_ON_BLOB, NOT_AN_INTEGER }

    private static Misfit misfit(String type, ColumnMode mode, DefaultValue literal) {
        if (type == null || literal == null) return null;
        String base = SchemaValidator.baseType(type);
        String text = SchemaValidator.stringLiteral(literal);
        switch (base) {
            case "integer", "real" -> {
                // boolean and timestamp modes: SchemaValidator names such a text with the mode's own words
                boolean plainNumber = "real".equals(base) || mode == null || mode == ColumnMode.NUMBER;
                if (text != null && plainNumber && SchemaValidator.numeric(text) == null) return Misfit.TEXT_ON_NUMBER;
                if (literal.kind() == DefaultValue.Kind.BOOLEAN && "real".equals(base)) return Misfit.BOOLEAN_ON_REAL;
            }
            case "text" -> {
                if (literal.kind() == DefaultValue.Kind.BOOLEAN) return Misfit.BOOLEAN_ON_TEXT;
            }
            case "blob" -> {
                if (mode == ColumnMode.BIGINT) return integerMisfit(literal);
                if (mode != ColumnMode.JSON && literal.kind() == DefaultValue.Kind.BOOLEAN) return Misfit.BOOLEAN_ON_BLOB;
            }
            case "numeric" -> {
                if (mode == ColumnMode.BIGINT) return integerMisfit(literal);
                if (literal.kind() == DefaultValue.Kind.BOOLEAN) return Misfit.BOOLEAN_ON_REAL;
                if (mode == ColumnMode.NUMBER && text != null && SchemaValidator.numeric(text) == null) return Misfit.TEXT_ON_NUMBER;
            }
            default -> {
                // a number type by its name, not by affinity alone: SQLite gives "interval" and "point" INTEGER affinity (they hold
                // "INT"), and a text default there ('1 day') is stored as text and meant so
                if (NUMBER_TYPES.contains(base) && text != null && SchemaValidator.numeric(text) == null) return Misfit.TEXT_ON_NUMBER;
            }
        }
        return null;
    }

    /** A bigint mode's default: an integer, as a number or its text (BigInt("1.5") and BigInt(true) throw, or read 1n). */
    private static Misfit integerMisfit(DefaultValue literal) {
        if (literal.kind() == DefaultValue.Kind.BOOLEAN) return Misfit.NOT_AN_INTEGER;
        String text = SchemaValidator.stringLiteral(literal);
        String value = text != null ? text.strip() : literal.kind() == DefaultValue.Kind.NUMBER ? literal.sql().strip() : null;
        return value == null || value.matches("[-+]?\\d+") ? null : Misfit.NOT_AN_INTEGER;
    }

    private static String javaValue(DefaultValue d) {
        String text = SchemaValidator.stringLiteral(d);
        return text != null ? javaString(text) : d.sql();
    }

    private static String yamlValue(DefaultValue d) {
        String text = SchemaValidator.stringLiteral(d);
        return text != null ? text : d.sql();
    }

    /** A Java (and YAML double-quoted) string literal. */
    private static String javaString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }
}
