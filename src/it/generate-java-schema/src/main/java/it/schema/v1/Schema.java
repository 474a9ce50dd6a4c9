package it.schema.v1;

import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
import dev.godwit.schema.model.FkAction;

/** Version 1: workspaces and users. */
public final class Schema {
    private Schema() {
    }

    public static final class Workspaces extends Table {
        public static final Workspaces WORKSPACES = new Workspaces();
        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column name = text("name").notNull();

        private Workspaces() {
            super("workspaces");
        }
    }

    public static final class Users extends Table {
        public static final Users USERS = new Users();
        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column email = text("email").notNull().unique();
        public final Column fullName = text("name");
        public final Column workspaceId = integer("workspace_id").notNull().references(() -> Workspaces.WORKSPACES.id).onDelete(FkAction.CASCADE);

        private Users() {
            super("users");
            index("users_workspace_idx").on(workspaceId);
        }
    }
}
