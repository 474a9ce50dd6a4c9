package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.engine.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An UPDATE that sets a column to a CAST of a product or quotient to an integer, the usual move of money to integer cents ({@code SET
 * amount_cents = CAST(amount * 100 AS INTEGER)}): a REAL holds 0.29 * 100 as 28.999999999999996, which the CAST cuts to 28, a cent
 * lost on that row. Counted on real rows before the statement runs: the rows it updates whose argument is a fraction within a
 * millionth of a whole number. Every value is written on purpose, so the comparison after the migration never sees it.
 */
final class CastTruncation {

    /** What {@link #before} found: the column, the CAST as written, and one value it cuts (its argument, then the integer it gives). */
    record Cut(String table, String column, String cast, long rows, long of, String argument, String result) {
    }

    private static final double NEAR = 1e-6;

    private CastTruncation() {
    }

    /** The CASTs of {@code u}, an UPDATE about to run ({@link PlainUpdate#of}), that cut a value just short of a whole number; empty otherwise. */
    static List<Cut> before(Replica r, PlainUpdate u) {
        String code = u.code();
        List<SqlLexer.Token> t = u.tokens();
        String table = u.table();
        List<Cut> out = new ArrayList<>();
        for (Clauses.Assignment a : Clauses.assignments(t, u.clauses().set() + 1, t.size())) {
            if (a.columns().size() != 1) continue;
            for (int k = a.value(); k + 1 < a.end(); k++) {
                if (!t.get(k).is("CAST") || !t.get(k + 1).isPunct("(")) continue;
                int as = -1;
                int close = -1;
                int depth = 0;
                boolean arithmetic = false;
                for (int j = k + 1; j < a.end(); j++) {
                    SqlLexer.Token x = t.get(j);
                    if (x.isPunct("(")) depth++;
                    else if (x.isPunct(")") && --depth == 0) {
                        close = j;
                        break;
                    } else if (depth == 1 && x.is("AS")) as = j;
                    else if (as < 0 && (x.isPunct("*") || x.isPunct("/"))) arithmetic = true;
                }
                // CAST(x AS INTEGER) alone cuts a fraction on purpose; a product's or quotient's near-whole value is the floating point's
                if (as < 0 || close < 0 || !arithmetic || as + 1 >= close || !t.get(as + 1).upper().contains("INT")) continue;
                String arg = code.substring(t.get(k + 2).start(), t.get(as - 1).end());
                String e = "(" + arg + ")";
                String sql = u.with() + "SELECT count(*) AS n, printf('%.17g', min(" + e + ")) AS arg, CAST(min(" + e + ") AS INTEGER) AS cut FROM main."
                        + Quoting.doubleQuoted(table) + " WHERE " + u.where() + " AND typeof(" + e + ") = 'real' AND " + e + " <> round(" + e + ") AND abs("
                        + e + " - round(" + e + ")) < " + NEAR;
                try {
                    Map<String, Object> row = r.query(sql).get(0);
                    long n = ((Number) row.get("n")).longValue();
                    if (n == 0) continue;
                    long of = r.count("SELECT count(*) FROM main." + Quoting.doubleQuoted(table));
                    out.add(new Cut(table, a.columns().get(0), code.substring(t.get(k).start(), t.get(close).end()), n, of,
                            String.valueOf(row.get("arg")), String.valueOf(row.get("cut"))));
                } catch (DatabaseException notHere) {   // an alias the UPDATE gives the table, a column of another: not read
                }
                k = close;
            }
        }
        return out;
    }

    /** {@code cut} as a change of statement {@code at} of {@code m}. */
    static RowChange change(Cut cut, Migration m, int at, List<String> statements) {
        return LossRules.change(RowChange.Kind.VALUES_CUT_BY_CAST, cut.table(), cut.column(), cut.rows(), cut.of(), m, at, statements);
    }
}
