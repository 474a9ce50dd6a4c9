package dev.godwit.engine.plan;

/**
 * SQLite's built-in collations and which texts each takes for equal: BINARY none, NOCASE those differing only in ASCII letter
 * case, RTRIM those differing only in trailing spaces. A key over a column whose collation changes to one that equates texts the
 * old one kept apart (BINARY to NOCASE or RTRIM, NOCASE to RTRIM, RTRIM to NOCASE) is stricter: two rows apart may then collide.
 * A column's collation is read by {@link dev.godwit.schema.model.ColumnDef#collation()}.
 */
final class Collations {

    private Collations() {
    }

    /**
     * What texts {@code to} takes for equal that {@code from} kept apart, as the warning says it ("differ only in letter case"),
     * null where none (or either is a collation SQLite does not have built in, whose rule is unknown here).
     */
    static String newlyEqual(String from, String to) {
        if (!known(from) || !known(to)) return null;
        boolean caseNow = to.equals("NOCASE") && !from.equals("NOCASE");
        boolean spacesNow = to.equals("RTRIM") && !from.equals("RTRIM");
        if (caseNow) return "texts that differ only in letter case become equal ('A' and 'a').";
        if (spacesNow) return "texts that differ only in trailing spaces become equal ('a' and 'a ').";
        return null;
    }

    private static boolean known(String c) {
        return c.equals("BINARY") || c.equals("NOCASE") || c.equals("RTRIM");
    }
}
