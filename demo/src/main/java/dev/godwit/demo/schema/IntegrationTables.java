package dev.godwit.demo.schema;

import static dev.godwit.demo.schema.Enums.of;
import static dev.godwit.schema.model.ColumnMode.JSON;
import static dev.godwit.schema.model.ColumnMode.TIMESTAMP;
import static dev.godwit.schema.model.FkAction.RESTRICT;
import static dev.godwit.schema.model.FkAction.SET_NULL;

import dev.godwit.demo.schema.AccountTables.Users;
import dev.godwit.demo.schema.AccountTables.Workspaces;
import dev.godwit.demo.schema.Enums.IntegrationProvider;
import dev.godwit.demo.schema.Enums.IntegrationStatus;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
import java.util.Map;

/** Integrations: connections to trace sources, model providers and notification channels. */
public final class IntegrationTables {

    private IntegrationTables() {
    }

    /**
     * A connection of a workspace to an outside service. Secrets are never stored here: {@code secret_ref}
     * names an entry of the secret store. RESTRICT: a workspace must disconnect its integrations
     * before it can be deleted.
     */
    public static final class Integrations extends Table {
        public static final Integrations INTEGRATIONS = new Integrations();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column workspaceId = integer("workspace_id").notNull()
                .references(() -> Workspaces.WORKSPACES.id).onDelete(RESTRICT);
        public final Column provider = text("provider").enumValues(of(IntegrationProvider.class)).notNull();
        public final Column name = text("name").notNull();
        public final Column config = text("config").mode(JSON).notNull().defaultValue(Map.of());
        public final Column secretRef = text("secret_ref");
        public final Column status = text("status").enumValues(of(IntegrationStatus.class)).notNull()
                .defaultValue(IntegrationStatus.CONNECTED.value());
        public final Column lastSyncedAt = integer("last_synced_at").mode(TIMESTAMP);
        public final Column lastError = text("last_error");
        public final Column createdBy = integer("created_by").references(() -> Users.USERS.id).onDelete(SET_NULL);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");
        public final Column updatedAt = integer("updated_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private Integrations() {
            super("integrations");
            unique("integrations_workspace_provider_name_uq").on(workspaceId, provider, name);
            index("integrations_created_by_idx").on(createdBy);
        }
    }
}
