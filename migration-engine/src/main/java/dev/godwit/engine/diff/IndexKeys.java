package dev.godwit.engine.diff;

import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.engine.sql.SqlLexer.Token;
import dev.godwit.schema.model.SqliteNames;
import java.util.List;

/**
 * Index keys the model holds as expressions but that are a column in an order: {@code created DESC}, and {@code n ASC}, which is
 * the column itself (ascending is SQLite's default).
 */
public final class IndexKeys {

    private IndexKeys() {
    }

    /**
     * The column an expression key sorts descending, as {@code Table.IndexBuilder.onDesc} declares it: a name (bare or
     * quoted in any of SQLite's ways) followed by {@code DESC}; null for any other expression.
     */
    public static String descendingColumn(String expression) {
        return columnSorted(expression, "DESC");
    }

    /**
     * The column an expression key names followed by {@code ASC} ({@code n ASC}, {@code "n" asc}), which sorts as the plain column
     * key does; null for any other expression.
     */
    public static String ascendingColumn(String expression) {
        return columnSorted(expression, "ASC");
    }

    /** Whether column key {@code column} and expression key {@code expression} are the same key: the column followed by ASC. */
    static boolean sameAscendingColumn(String column, String expression) {
        String x = ascendingColumn(expression);
        return x != null && SqliteNames.key(x).equals(SqliteNames.key(column));
    }

    private static String columnSorted(String expression, String order) {
        if (expression == null) return null;
        List<Token> ts = SqlLexer.significant(expression);
        if (ts.size() != 2 || !ts.get(1).is(order)) return null;
        Token name = ts.get(0);
        if (name.kind() != SqlLexer.Kind.WORD && name.kind() != SqlLexer.Kind.QUOTED || !name.isTerminated()) return null;
        return name.name();
    }

    /** Both keys the same column descending, however each quotes its name (SQLite reads names ignoring ASCII case). */
    static boolean sameDescendingColumn(String a, String b) {
        String x = descendingColumn(a);
        String y = descendingColumn(b);
        return x != null && y != null && SqliteNames.key(x).equals(SqliteNames.key(y));
    }
}
