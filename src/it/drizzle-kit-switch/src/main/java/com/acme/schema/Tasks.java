package com.acme.schema;

import static dev.godwit.schema.model.ColumnMode.*;
import static dev.godwit.schema.model.FkAction.*;

import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

public final class Tasks extends Table {
    public static final Tasks TASKS = new Tasks();
    public final Column id         = integer("id").primaryKey().autoIncrement();
    public final Column projectId  = integer("project_id").notNull()
                                       .references(() -> Projects.PROJECTS.id).onDelete(CASCADE);
    public final Column assigneeId = integer("assignee_id")
                                       .references(() -> Users.USERS.id).onDelete(SET_NULL);
    public final Column title      = text("title").notNull();
    public final Column status     = text("status").enumValues("todo", "doing", "done").notNull().defaultValue("todo");
    public final Column dueAt      = integer("due_at").mode(TIMESTAMP_MS);
    public final Column attachment = blob("attachment").mode(BUFFER);
    public final Column createdAt  = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");
    private Tasks() {
        super("tasks");
        index("tasks_project_status_idx").on(projectId, status);
        uniqueIndex("tasks_project_title_uq").on(projectId).onExpression("lower(" + title.sql() + ")");
        index("tasks_open_due_idx").on(dueAt).where(status.sql() + " <> 'done'");
    }
}
