package it.godwit.schema;

import dev.godwit.schema.Column;
import dev.godwit.schema.Table;


public final class Posts extends Table {
    public static final Posts POSTS = new Posts();
    public final Column id = integer("id").primaryKey();
    public final Column userId = integer("user_id").notNull().references(() -> Users.USERS.id);

    private Posts() {
        super("posts");
    }
}
