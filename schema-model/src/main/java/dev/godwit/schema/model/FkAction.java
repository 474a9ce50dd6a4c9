package dev.godwit.schema.model;

import java.util.Locale;

/** Foreign key actions, with the lowercase text drizzle's snapshot and SQL use. */
public enum FkAction {
    NO_ACTION("no action"), RESTRICT("restrict"), CASCADE("cascade"), SET_NULL("set null"), SET_DEFAULT("set default");

    private final String sql;

    FkAction(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    /** Accepts {@code cascade}, {@code set null}, {@code SET_NULL}, {@code set-null}, any case. */
    public static FkAction parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
        for (FkAction a : values()) if (a.sql.equals(t)) return a;
        return null;
    }
}
