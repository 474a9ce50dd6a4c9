package dev.godwit.engine.diff;

import java.util.List;

/**
 * Decides whether a table or column that appeared is a renamed one that disappeared, when the
 * schema does not say so with {@code renamedFrom}. Interactive runs ask; batch runs refuse.
 */
public interface RenameResolver {

    /** The old table {@code added} was renamed from, or null if it is a new table. */
    String tableRenamedFrom(String added, List<String> dropped);

    /** The old column of {@code table} that {@code added} was renamed from, or null if it is new. */
    String columnRenamedFrom(String table, String added, List<String> dropped);

    /**
     * As {@link #tableRenamedFrom(String, List)}, for a table that declares {@code renamedFrom} a name the last snapshot does not
     * have ({@code declaredFrom}; null when it declares none): a typo of the old name, which left the rename undeclared.
     */
    default String tableRenamedFrom(String added, List<String> dropped, String declaredFrom) {
        return tableRenamedFrom(added, dropped);
    }

    /** As {@link #columnRenamedFrom(String, String, List)}, with the column's {@code renamedFrom} that names no column of the last snapshot. */
    default String columnRenamedFrom(String table, String added, List<String> dropped, String declaredFrom) {
        return columnRenamedFrom(table, added, dropped);
    }

    /** Treats every ambiguous pair as a drop plus a create (the user acknowledged data loss). */
    RenameResolver NO_RENAMES = new RenameResolver() {
        @Override
        public String tableRenamedFrom(String added, List<String> dropped) {
            return null;
        }

        @Override
        public String columnRenamedFrom(String table, String added, List<String> dropped) {
            return null;
        }
    };
}
