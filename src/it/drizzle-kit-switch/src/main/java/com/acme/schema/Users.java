package com.acme.schema;

import static dev.godwit.schema.model.ColumnMode.*;

import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
import java.util.Map;

public final class Users extends Table {
    public static final Users USERS = new Users();
    public final Column id          = integer("id").primaryKey().autoIncrement();
    public final Column email       = text("email").notNull().unique();
    public final Column displayName = text("display_name");
    public final Column isAdmin     = integer("is_admin").mode(BOOLEAN).notNull().defaultValue(false);
    public final Column settings    = text("settings").mode(JSON).notNull().defaultValue(Map.of());
    public final Column createdAt   = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");
    public final Column updatedAt   = integer("updated_at").mode(TIMESTAMP);
    public final Column lastSeenAt  = integer("last_seen_at").mode(TIMESTAMP_MS);
    private Users() {
        super("users");
    }
}
