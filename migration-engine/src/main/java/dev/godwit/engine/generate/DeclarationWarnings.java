package dev.godwit.engine.generate;

import dev.godwit.engine.diff.SchemaDiff;
import dev.godwit.schema.model.SchemaDef;
import java.util.ArrayList;
import java.util.List;

/**
 * What the new schema itself brings in, rows aside: a foreign key nulling a NOT NULL column ({@link NullingForeignKeys}), a
 * default its CHECK refuses ({@link DefaultsAgainstChecks}). SQLite takes such a schema, so these are warnings, said alike by
 * db:generate and db:push.
 */
public final class DeclarationWarnings {

    private DeclarationWarnings() {
    }

    /**
     * @param current         the schema the change leads to, as the code declares it
     * @param newChecksWarned whether the warnings on constraints new to tables with rows go alongside (db:generate's
     *                        {@link ConstraintsOnExistingRows}, which name a default a new CHECK refuses); db:push, trying
     *                        the rows themselves, prints none, so an empty table's would go unsaid
     */
    public static List<String> of(SchemaDiff diff, SchemaDef current, boolean newChecksWarned) {
        List<String> out = new ArrayList<>(NullingForeignKeys.warnings(diff.renamedBefore(), current));
        out.addAll(DefaultsAgainstChecks.warnings(diff, newChecksWarned));
        out.addAll(RenamedOnlyIndexes.warnings(diff));
        out.addAll(UnknownCollations.warnings(diff.renamedBefore(), current));
        return out;
    }
}
