package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import java.util.regex.Pattern;

/**
 * A failure of a migration on the pre-flight's copy that the schema alone decides: a table, index or column made already
 * ({@code already exists}, {@code duplicate column name}). No row makes or avoids it, so on a remote D1 replica, whose rows are
 * generated, it predicts the apply as surely as a local file's exact copy does. ("no such table" is left out: a trigger the
 * generated rows fire may name a table the database's own rows never make it reach.)
 */
final class SchemaOnlyFailure {

    private static final Pattern SAYS = Pattern.compile("duplicate column name|already exists");

    private SchemaOnlyFailure() {
    }

    static boolean of(DatabaseException e) {
        if (e == null) return false;
        String said = e.databaseMessage() != null ? e.databaseMessage() : e.getMessage();
        return said != null && SAYS.matcher(said).find();
    }
}
