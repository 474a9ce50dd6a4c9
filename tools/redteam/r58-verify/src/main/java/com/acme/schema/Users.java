package com.acme.schema;
import static dev.godwit.schema.model.ColumnMode.*;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
public final class Users extends Table {
    public static final Users USERS = new Users();
    public final Column id = integer("id").primaryKey().autoIncrement();
    public final Column email = text("email").notNull().unique();
    public final Column name = text("name");
    public final Column status = text("status").notNull().defaultValue("active");
    public final Column deleted = integer("deleted").mode(BOOLEAN).notNull().defaultValue(false);
    public final Column createdAt = text("created_at").notNull().defaultSql("(datetime('now'))");
    public final Column balanceCents = integer("balance_cents").notNull().defaultValue(0);
    public final Column phone = text("phone");
    private Users() {
        super("users");
        check("users_status_check", status.sql() + " IN ('active','inactive','banned')");
        index("users_email_lower_idx").onExpression("lower(email)");
    }
}
