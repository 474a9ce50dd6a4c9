package dev.godwit.engine.sql;

import dev.godwit.schema.model.DefaultValue;
import java.util.List;
import java.util.Set;

/** A column's DEFAULT as SQL that computes the value SQLite gives a row that leaves the column out. */
public final class DefaultSql {

    private static final Set<String> KEYWORD_VALUES = Set.of("NULL", "TRUE", "FALSE", "CURRENT_TIME", "CURRENT_DATE", "CURRENT_TIMESTAMP");

    private DefaultSql() {
    }

    /**
     * The default as an expression: a lone name after DEFAULT ({@code DEFAULT "active"}, {@code DEFAULT active}, as hand-written
     * tables and so db:pull have them) is the string SQLite stores, not a name; written into a SELECT as it is, it would read the
     * column of that name, or fail with "no such column".
     */
    public static String asValue(String defaultSql) {
        List<SqlLexer.Token> ts = SqlLexer.significant(defaultSql);
        if (ts.size() != 1) return defaultSql;
        SqlLexer.Token t = ts.get(0);
        boolean name = t.kind() == SqlLexer.Kind.QUOTED || t.kind() == SqlLexer.Kind.WORD && !KEYWORD_VALUES.contains(t.upper());
        return name ? DefaultValue.quote(t.name()) : defaultSql;
    }
}
