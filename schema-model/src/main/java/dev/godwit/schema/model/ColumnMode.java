package dev.godwit.schema.model;

import java.util.Locale;

/**
 * drizzle's column modes: how an application maps the stored value. They never change the SQL,
 * but they decide how a literal default is written (a boolean default becomes {@code true}).
 */
public enum ColumnMode {
    NUMBER("number", "integer", "numeric"),
    BOOLEAN("boolean", "integer"),
    TIMESTAMP("timestamp", "integer"),
    TIMESTAMP_MS("timestamp_ms", "integer"),
    TEXT("text", "text"),
    JSON("json", "text", "blob"),
    BUFFER("buffer", "blob"),
    BIGINT("bigint", "blob", "numeric"),
    STRING("string", "numeric");

    private final String key;
    private final String[] baseTypes;

    ColumnMode(String key, String... baseTypes) {
        this.key = key;
        this.baseTypes = baseTypes;
    }

    /** The name used in YAML descriptors and drizzle schemas ({@code timestamp_ms}, ...). */
    public String key() {
        return key;
    }

    /** Whether this mode exists for a column of the given base type ({@code integer}, {@code text}, ...). */
    public boolean appliesTo(String baseType) {
        for (String b : baseTypes) if (b.equals(baseType)) return true;
        return false;
    }

    public static ColumnMode fromKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        for (ColumnMode m : values()) if (m.key.equals(k)) return m;
        return null;
    }
}
