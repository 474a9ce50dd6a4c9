package com.acme.schema;

import static dev.godwit.schema.model.ColumnMode.*;

import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

public final class Workspaces extends Table {
    public static final Workspaces WORKSPACES = new Workspaces();
    public final Column id         = text("id").primaryKey();
    public final Column name       = text("name").notNull();
    public final Column slug       = text("slug").notNull().unique();
    public final Column plan       = text("plan").enumValues("free", "team", "enterprise").notNull().defaultValue("free");
    public final Column inviteCode = text("invite_code").unique("workspaces_inviteCode_unique");
    public final Column createdAt  = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");
    private Workspaces() {
        super("workspaces");
    }
}
