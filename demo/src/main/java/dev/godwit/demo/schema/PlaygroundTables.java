package dev.godwit.demo.schema;

import static dev.godwit.demo.schema.Enums.of;
import static dev.godwit.schema.model.ColumnMode.JSON;
import static dev.godwit.schema.model.ColumnMode.TIMESTAMP;
import static dev.godwit.schema.model.FkAction.CASCADE;
import static dev.godwit.schema.model.FkAction.SET_NULL;

import dev.godwit.demo.schema.AccountTables.Users;
import dev.godwit.demo.schema.AccountTables.Workspaces;
import dev.godwit.demo.schema.AgentTables.AgentVersions;
import dev.godwit.demo.schema.AgentTables.Agents;
import dev.godwit.demo.schema.Enums.MessageRole;
import dev.godwit.demo.schema.Enums.SessionStatus;
import dev.godwit.demo.schema.TraceTables.Traces;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

/** Playground: interactive sessions where a user tries prompts and agents step by step. */
public final class PlaygroundTables {

    private PlaygroundTables() {
    }

    /** A playground conversation, keyed by a client-generated UUID. */
    public static final class PlaygroundSessions extends Table {
        public static final PlaygroundSessions PLAYGROUND_SESSIONS = new PlaygroundSessions();

        public final Column id = text("id").primaryKey();
        public final Column workspaceId = integer("workspace_id").notNull()
                .references(() -> Workspaces.WORKSPACES.id).onDelete(CASCADE);
        public final Column userId = integer("user_id").notNull().references(() -> Users.USERS.id).onDelete(CASCADE);
        public final Column agentId = integer("agent_id").references(() -> Agents.AGENTS.id).onDelete(SET_NULL);
        public final Column agentVersionId = integer("agent_version_id")
                .references(() -> AgentVersions.AGENT_VERSIONS.id).onDelete(SET_NULL);
        public final Column title = text("title");
        public final Column model = text("model").notNull();
        public final Column systemPrompt = text("system_prompt");
        public final Column parameters = text("parameters").mode(JSON);
        public final Column status = text("status").enumValues(of(SessionStatus.class)).notNull()
                .defaultValue(SessionStatus.ACTIVE.value());
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");
        public final Column updatedAt = integer("updated_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private PlaygroundSessions() {
            super("playground_sessions");
            index("playground_sessions_user_idx").on(userId, updatedAt);
            index("playground_sessions_workspace_idx").on(workspaceId);
            index("playground_sessions_agent_idx").on(agentId);
        }
    }

    /** One message or tool call of a playground session. */
    public static final class PlaygroundSteps extends Table {
        public static final PlaygroundSteps PLAYGROUND_STEPS = new PlaygroundSteps();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column sessionId = text("session_id").notNull()
                .references(() -> PlaygroundSessions.PLAYGROUND_SESSIONS.id).onDelete(CASCADE);
        public final Column stepIndex = integer("step_index").notNull();
        public final Column role = text("role").enumValues(of(MessageRole.class)).notNull();
        public final Column content = text("content");
        public final Column toolName = text("tool_name");
        public final Column toolCalls = text("tool_calls").mode(JSON);
        public final Column tokens = integer("tokens");
        public final Column latencyMs = integer("latency_ms");
        public final Column traceId = text("trace_id").references(() -> Traces.TRACES.id).onDelete(SET_NULL);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private PlaygroundSteps() {
            super("playground_steps");
            unique("playground_steps_session_step_uq").on(sessionId, stepIndex);
            index("playground_steps_trace_idx").on(traceId);
        }
    }
}
