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

    private static final FkAction[] ALL = values();

    /** Accepts {@code cascade}, {@code set null}, {@code SET_NULL}, {@code set-null}, any case. */
    public static FkAction parse(String text) {
        for (FkAction a : ALL) if (a.sql.equals(text)) return a;   // as snapshots spell them: a 500-table one holds a thousand
        StringBuilder t = new StringBuilder();
        for (String word : text.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').split("\\s+")) {
            if (t.length() > 0) t.append(' ');
            t.append(word);
        }
        for (FkAction a : ALL) if (a.sql.contentEquals(t)) return a;
        return null;
    }
}
