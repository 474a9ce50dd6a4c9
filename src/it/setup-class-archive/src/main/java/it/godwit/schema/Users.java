package it.godwit.schema;

import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

public final class Users extends Table {
    public static final Users USERS = new Users();
    public final Column id = integer("id").primaryKey();
    public final Column email = text("email").notNull().unique();

    private Users() {
        super("users");
    }
}
