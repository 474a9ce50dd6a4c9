package it.schema.v2;

import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
import dev.godwit.schema.model.ColumnMode;
import dev.godwit.schema.model.FkAction;

/** Version 2: users.name renamed to full_name (declared), a boolean column, and a profiles table. */
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
        public final Column fullName = text("full_name").renamedFrom("name");
        public final Column active = integer("active").mode(ColumnMode.BOOLEAN).notNull().defaultValue(true);
        public final Column workspaceId = integer("workspace_id").notNull().references(() -> Workspaces.WORKSPACES.id).onDelete(FkAction.CASCADE);

        private Users() {
            super("users");
            index("users_workspace_idx").on(workspaceId);
        }
    }

    public static final class Profiles extends Table {
        public static final Profiles PROFILES = new Profiles();
        public final Column userId = integer("user_id").primaryKey().references(() -> Users.USERS.id).onDelete(FkAction.CASCADE);
        public final Column bio = text("bio");

        private Profiles() {
            super("profiles");
        }
    }
}
