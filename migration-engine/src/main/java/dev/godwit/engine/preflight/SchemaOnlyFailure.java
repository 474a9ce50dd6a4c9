package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import java.util.regex.Pattern;

/**
 * A failure of a migration on the pre-flight's copy that the schema alone decides: a table, index, view, trigger or column made
 * already (SQLite's {@code table t already exists}, {@code duplicate column name: c}). No row makes or avoids it, so on a remote
 * D1 replica, whose rows are generated, it predicts the apply as surely as a local file's exact copy does. ("no such table" is
 * left out: a trigger the generated rows fire may name a table the database's own rows never make it reach. So is a trigger's
 * {@code RAISE(ABORT, 'a plan already exists for this user')}: its words are the trigger author's, and the generated rows fired
 * it, SQLITE_CONSTRAINT_TRIGGER.)
 */
final class SchemaOnlyFailure {

    /** SQLite's own sentences for what a CREATE or ADD COLUMN meets in the schema. */
    private static final Pattern SAYS = Pattern.compile("(?:^|\\()(?:(?:table|index|view|trigger) .+? already exists|duplicate column name: )");

    /** A constraint's or a trigger's RAISE failure: rows decide it, whatever its words. */
    private static final Pattern ROWS_DECIDE = Pattern.compile("SQLITE_CONSTRAINT|RAISE function");

    private SchemaOnlyFailure() {
    }

    static boolean of(DatabaseException e) {
        if (e == null) return false;
        String said = e.databaseMessage() != null ? e.databaseMessage() : e.getMessage();
        return said != null && SAYS.matcher(said).find() && !ROWS_DECIDE.matcher(said).find();
    }
}
