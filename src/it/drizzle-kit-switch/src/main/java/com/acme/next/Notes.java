package com.acme.next;

import static dev.godwit.schema.model.FkAction.*;

import com.acme.schema.Tasks;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

/** The next change, in the schema only with -Ddb.schema=com.acme (the package and its subpackages). */
public final class Notes extends Table {
    public static final Notes NOTES = new Notes();
    public final Column id     = integer("id").primaryKey().autoIncrement();
    public final Column taskId = integer("task_id").notNull().references(() -> Tasks.TASKS.id).onDelete(CASCADE);
    public final Column body   = text("body").notNull();
    private Notes() {
        super("notes");
    }
}
