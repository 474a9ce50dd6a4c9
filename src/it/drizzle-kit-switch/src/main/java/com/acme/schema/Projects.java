package com.acme.schema;

import static dev.godwit.schema.model.ColumnMode.*;
import static dev.godwit.schema.model.FkAction.*;

import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

public final class Projects extends Table {
    public static final Projects PROJECTS = new Projects();
    public final Column id          = integer("id").primaryKey().autoIncrement();
    public final Column workspaceId = text("workspace_id").notNull()
                                        .references(() -> Workspaces.WORKSPACES.id).onDelete(CASCADE);
    public final Column name        = text("name").notNull();
    public final Column archived    = integer("archived").mode(BOOLEAN).notNull().defaultValue(false);
    public final Column budget      = real("budget");
    private Projects() {
        super("projects");
        index("projects_workspace_idx").on(workspaceId);
        unique("projects_workspace_name_uq").on(workspaceId, name);
    }
}
