package it.godwit.later;

import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

/** The next schema change, not generated: run 4 reads it.godwit, this package and the schema's, and db:verify fails on it. */
public final class Notes extends Table {
    public static final Notes NOTES = new Notes();
    public final Column id = integer("id").primaryKey();
    private Notes() {
        super("notes");
    }
}
