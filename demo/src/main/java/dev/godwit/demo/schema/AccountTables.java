package dev.godwit.demo.schema;

import static dev.godwit.demo.schema.Enums.of;
import static dev.godwit.schema.model.ColumnMode.BOOLEAN;
import static dev.godwit.schema.model.ColumnMode.JSON;
import static dev.godwit.schema.model.ColumnMode.STRING;
import static dev.godwit.schema.model.ColumnMode.TIMESTAMP;
import static dev.godwit.schema.model.FkAction.CASCADE;

import dev.godwit.demo.schema.Enums.UserRole;
import dev.godwit.demo.schema.Enums.WorkspacePlan;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
import java.util.Map;

/** Accounts: workspaces (the tenants) and their users. */
public final class AccountTables {

    private AccountTables() {
    }

    /** A tenant: every agent, trace, eval and job belongs to one workspace. */
    public static final class Workspaces extends Table {
        public static final Workspaces WORKSPACES = new Workspaces();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column slug = text("slug").length(64).notNull().unique();
        public final Column name = text("name").notNull();
        public final Column plan = text("plan").enumValues(of(WorkspacePlan.class)).notNull()
                .defaultValue(WorkspacePlan.FREE.value());
        public final Column settings = text("settings").mode(JSON).notNull().defaultValue(Map.of());
        public final Column monthlyBudgetUsd = numeric("monthly_budget_usd").mode(STRING);
        public final Column active = integer("active").mode(BOOLEAN).notNull().defaultValue(true);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");
        public final Column updatedAt = integer("updated_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private Workspaces() {
            super("workspaces");
            check("workspaces_slug_lowercase", slug.sql() + " = lower(" + slug.sql() + ")");
        }
    }

    /** A person who signs in; belongs to one workspace. */
    public static final class Users extends Table {
        public static final Users USERS = new Users();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column workspaceId = integer("workspace_id").notNull()
                .references(() -> Workspaces.WORKSPACES.id).onDelete(CASCADE);
        public final Column email = text("email").notNull().unique();
        public final Column name = text("name");
        public final Column role = text("role").enumValues(of(UserRole.class)).notNull().defaultValue(UserRole.MEMBER.value());
        public final Column emailVerified = integer("email_verified").mode(BOOLEAN).notNull().defaultValue(false);
        public final Column avatarUrl = text("avatar_url");
        public final Column preferences = text("preferences").mode(JSON);
        public final Column lastLoginAt = integer("last_login_at").mode(TIMESTAMP);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");
        public final Column updatedAt = integer("updated_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private Users() {
            super("users");
            index("users_workspace_idx").on(workspaceId);
            check("users_email_has_at", "instr(" + email.sql() + ", '@') > 1");
        }
    }
}
