package com.acme.schema;
import static dev.godwit.schema.model.FkAction.*;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
public final class Memberships extends Table {
    public static final Memberships MEMBERSHIPS = new Memberships();
    public final Column orgId = integer("org_id").notNull().references(() -> Orgs.ORGS.id).onDelete(CASCADE);
    public final Column userId = integer("user_id").notNull().references(() -> Users.USERS.id).onDelete(CASCADE);
    public final Column role = text("role").notNull().defaultValue("member");
    public final Column joinedAt = integer("joined_at");
    private Memberships() {
        super("memberships");
        primaryKey(orgId, userId);
        check("memberships_role_check", role.sql() + " IN ('owner','admin','member')");
    }
}
