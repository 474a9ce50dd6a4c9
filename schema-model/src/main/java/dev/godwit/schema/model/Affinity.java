package dev.godwit.schema.model;

import java.util.Locale;

/** SQLite's type affinity, derived from a declared type by the rules of sqlite.org/datatype3.html. */
public enum Affinity {
    INTEGER, TEXT, BLOB, REAL, NUMERIC;

    public static Affinity of(String declaredType) {
        String t = declaredType == null ? "" : declaredType.toUpperCase(Locale.ROOT);
        if (t.contains("INT")) return INTEGER;
        if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) return TEXT;
        if (t.isBlank() || t.contains("BLOB")) return BLOB;
        if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) return REAL;
        return NUMERIC;
    }
}
