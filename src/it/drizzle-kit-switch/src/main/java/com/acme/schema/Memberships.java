package com.acme.schema;

import static dev.godwit.schema.model.FkAction.*;

import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

public final class Memberships extends Table {
    public static final Memberships MEMBERSHIPS = new Memberships();
    public final Column workspaceId = text("workspace_id").notNull()
                                        .references(() -> Workspaces.WORKSPACES.id).onDelete(CASCADE);
    public final Column userId      = integer("user_id").notNull()
                                        .references(() -> Users.USERS.id).onDelete(CASCADE);
    public final Column role        = text("role").enumValues("owner", "admin", "member").notNull().defaultValue("member");
    private Memberships() {
        super("memberships");
        primaryKey(workspaceId, userId);
    }
}
