package dev.godwit.demo.schema;

import static dev.godwit.demo.schema.Enums.of;
import static dev.godwit.schema.model.ColumnMode.BOOLEAN;
import static dev.godwit.schema.model.ColumnMode.JSON;
import static dev.godwit.schema.model.ColumnMode.TIMESTAMP;
import static dev.godwit.schema.model.FkAction.CASCADE;
import static dev.godwit.schema.model.FkAction.RESTRICT;
import static dev.godwit.schema.model.FkAction.SET_NULL;

import dev.godwit.demo.schema.AccountTables.Users;
import dev.godwit.demo.schema.AccountTables.Workspaces;
import dev.godwit.demo.schema.Enums.AgentStatus;
import dev.godwit.demo.schema.Enums.FunctionKind;
import dev.godwit.demo.schema.Enums.ToolKind;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
import java.util.Map;

/** Agents: the agents of a workspace, their versions, and the functions and tools they may call. */
public final class AgentTables {

    private AgentTables() {
    }

    /** An agent; its behaviour lives in {@link AgentVersions}. */
    public static final class Agents extends Table {
        public static final Agents AGENTS = new Agents();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column workspaceId = integer("workspace_id").notNull()
                .references(() -> Workspaces.WORKSPACES.id).onDelete(CASCADE);
        public final Column slug = text("slug").notNull();
        public final Column name = text("name").notNull();
        public final Column description = text("description");
        public final Column status = text("status").enumValues(of(AgentStatus.class)).notNull()
                .defaultValue(AgentStatus.DRAFT.value());
        public final Column model = text("model").notNull();
        public final Column temperature = real("temperature").notNull().defaultValue(0.7);
        public final Column maxTokens = integer("max_tokens");
        /** The version number currently served (no foreign key: versions reference their agent). */
        public final Column currentVersion = integer("current_version");
        public final Column config = text("config").mode(JSON);
        public final Column createdBy = integer("created_by").references(() -> Users.USERS.id).onDelete(SET_NULL);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");
        public final Column updatedAt = integer("updated_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private Agents() {
            super("agents");
            unique("agents_workspace_slug_uq").on(workspaceId, slug);
            index("agents_workspace_status_idx").on(workspaceId, status);
            index("agents_created_by_idx").on(createdBy);
            index("agents_name_lower_idx").onExpression("lower(" + name.sql() + ")");
            check("agents_temperature_range", temperature.sql() + " BETWEEN 0 AND 2");
        }
    }

    /** An immutable snapshot of an agent's prompt, model and parameters. */
    public static final class AgentVersions extends Table {
        public static final AgentVersions AGENT_VERSIONS = new AgentVersions();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column agentId = integer("agent_id").notNull().references(() -> Agents.AGENTS.id).onDelete(CASCADE);
        public final Column version = integer("version").notNull();
        public final Column systemPrompt = text("system_prompt").notNull();
        public final Column model = text("model").notNull();
        public final Column parameters = text("parameters").mode(JSON).notNull().defaultValue(Map.of());
        public final Column changelog = text("changelog");
        public final Column published = integer("published").mode(BOOLEAN).notNull().defaultValue(false);
        public final Column createdBy = integer("created_by").references(() -> Users.USERS.id).onDelete(SET_NULL);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private AgentVersions() {
            super("agent_versions");
            // Also the target of the composite foreign keys (agent_id, version) from traces.
            unique("agent_versions_agent_version_uq").on(agentId, version);
            check("agent_versions_version_positive", version.sql() + " >= 1");
        }
    }

    /** A callable function (HTTP endpoint, sandboxed code, or built-in) defined in a workspace. */
    public static final class Functions extends Table {
        public static final Functions FUNCTIONS = new Functions();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column workspaceId = integer("workspace_id").notNull()
                .references(() -> Workspaces.WORKSPACES.id).onDelete(CASCADE);
        public final Column name = text("name").notNull();
        public final Column description = text("description");
        public final Column kind = text("kind").enumValues(of(FunctionKind.class)).notNull().defaultValue(FunctionKind.HTTP.value());
        public final Column parametersSchema = text("parameters_schema").mode(JSON).notNull();
        public final Column endpointUrl = text("endpoint_url");
        public final Column code = text("code");
        public final Column timeoutMs = integer("timeout_ms").notNull().defaultValue(30000);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");
        public final Column updatedAt = integer("updated_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private Functions() {
            super("functions");
            unique("functions_workspace_name_uq").on(workspaceId, name);
            check("functions_timeout_positive", timeoutMs.sql() + " > 0");
        }
    }

    /** Which functions an agent may call: a join table with a composite primary key. */
    public static final class AgentFunctions extends Table {
        public static final AgentFunctions AGENT_FUNCTIONS = new AgentFunctions();

        public final Column agentId = integer("agent_id").notNull().references(() -> Agents.AGENTS.id).onDelete(CASCADE);
        /** RESTRICT: detach a function from its agents before deleting it. */
        public final Column functionId = integer("function_id").notNull()
                .references(() -> Functions.FUNCTIONS.id).onDelete(RESTRICT);
        public final Column enabled = integer("enabled").mode(BOOLEAN).notNull().defaultValue(true);
        public final Column position = integer("position").notNull().defaultValue(0);
        public final Column configOverride = text("config_override").mode(JSON);
        public final Column addedAt = integer("added_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private AgentFunctions() {
            super("agent_functions");
            primaryKey(agentId, functionId);
            index("agent_functions_function_idx").on(functionId);
        }
    }

    /** A tool offered to agents: built-in (no workspace), a wrapped function, an MCP server or HTTP. */
    public static final class Tools extends Table {
        public static final Tools TOOLS = new Tools();

        public final Column id = text("id").primaryKey();
        public final Column workspaceId = integer("workspace_id").references(() -> Workspaces.WORKSPACES.id).onDelete(CASCADE);
        public final Column name = text("name").notNull();
        public final Column kind = text("kind").enumValues(of(ToolKind.class)).notNull();
        public final Column functionId = integer("function_id").references(() -> Functions.FUNCTIONS.id).onDelete(SET_NULL);
        public final Column description = text("description");
        public final Column inputSchema = text("input_schema").mode(JSON);
        public final Column outputSchema = text("output_schema").mode(JSON);
        public final Column mcpServerUrl = text("mcp_server_url");
        public final Column requiresApproval = integer("requires_approval").mode(BOOLEAN).notNull().defaultValue(false);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private Tools() {
            super("tools");
            unique("tools_workspace_name_uq").on(workspaceId, name);
            index("tools_function_idx").on(functionId);
        }
    }
}
