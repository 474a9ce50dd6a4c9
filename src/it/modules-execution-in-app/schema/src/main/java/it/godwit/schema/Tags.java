package it.godwit.schema;

import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

public final class Tags extends Table {
    public static final Tags TAGS = new Tags();
    public final Column id = integer("id").primaryKey();
    public final Column label = text("label").notNull();
    private Tags() {
        super("tags");
    }
}
