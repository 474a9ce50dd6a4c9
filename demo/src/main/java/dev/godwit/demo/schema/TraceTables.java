package dev.godwit.demo.schema;

import static dev.godwit.demo.schema.Enums.of;
import static dev.godwit.schema.model.ColumnMode.BUFFER;
import static dev.godwit.schema.model.ColumnMode.JSON;
import static dev.godwit.schema.model.ColumnMode.STRING;
import static dev.godwit.schema.model.ColumnMode.TIMESTAMP;
import static dev.godwit.schema.model.ColumnMode.TIMESTAMP_MS;
import static dev.godwit.schema.model.FkAction.CASCADE;
import static dev.godwit.schema.model.FkAction.SET_NULL;

import dev.godwit.demo.schema.AccountTables.Workspaces;
import dev.godwit.demo.schema.AgentTables.AgentVersions;
import dev.godwit.demo.schema.AgentTables.Agents;
import dev.godwit.demo.schema.Enums.Difficulty;
import dev.godwit.demo.schema.Enums.Outcome;
import dev.godwit.demo.schema.Enums.SimilarityMethod;
import dev.godwit.demo.schema.Enums.TraceStatus;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
import dev.godwit.schema.model.Generated;
import java.util.List;

/** Traces: recorded agent runs (one task each), their summaries, task metadata and similar traces. */
public final class TraceTables {

    private TraceTables() {
    }

    /**
     * One run of an agent on a task, keyed by its OpenTelemetry-style trace id. Sub-agent runs point
     * at their parent trace.
     */
    public static final class Traces extends Table {
        public static final Traces TRACES = new Traces();

        public final Column id = text("id").primaryKey();
        public final Column workspaceId = integer("workspace_id").notNull()
                .references(() -> Workspaces.WORKSPACES.id).onDelete(CASCADE);
        public final Column agentId = integer("agent_id").references(() -> Agents.AGENTS.id).onDelete(SET_NULL);
        public final Column agentVersion = integer("agent_version");
        public final Column parentTraceId = text("parent_trace_id").references(() -> Traces.TRACES.id).onDelete(CASCADE);
        public final Column status = text("status").enumValues(of(TraceStatus.class)).notNull()
                .defaultValue(TraceStatus.RUNNING.value());
        public final Column input = text("input").mode(JSON);
        public final Column output = text("output").mode(JSON);
        public final Column error = text("error");
        public final Column startedAt = integer("started_at").mode(TIMESTAMP_MS).notNull();
        public final Column endedAt = integer("ended_at").mode(TIMESTAMP_MS);
        public final Column durationMs = integer("duration_ms")
                .generatedAlwaysAs(endedAt.sql() + " - " + startedAt.sql(), Generated.Type.VIRTUAL);
        public final Column totalTokens = integer("total_tokens");
        public final Column costUsd = numeric("cost_usd").mode(STRING);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private Traces() {
            super("traces");
            // The version the trace ran with; SET NULL clears agent_id and agent_version together.
            foreignKey(agentId, agentVersion)
                    .references(() -> AgentVersions.AGENT_VERSIONS.agentId, () -> AgentVersions.AGENT_VERSIONS.version)
                    .name("traces_agent_version_fk")
                    .onDelete(SET_NULL);
            index("traces_workspace_started_idx").on(workspaceId, startedAt);
            index("traces_agent_idx").on(agentId, agentVersion);
            index("traces_parent_idx").on(parentTraceId);
            index("traces_errors_idx").on(agentId, startedAt).where(status.sql() + " IN ('error', 'timeout')");
            check("traces_ended_after_started", endedAt.sql() + " IS NULL OR " + endedAt.sql() + " >= " + startedAt.sql());
        }
    }

    /** An LLM-written summary of a trace, with its embedding for similarity search. */
    public static final class TraceSummaries extends Table {
        public static final TraceSummaries TRACE_SUMMARIES = new TraceSummaries();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column traceId = text("trace_id").notNull().unique()
                .references(() -> Traces.TRACES.id).onDelete(CASCADE);
        public final Column summary = text("summary").notNull();
        public final Column outcome = text("outcome").enumValues(of(Outcome.class));
        public final Column keySteps = text("key_steps").mode(JSON);
        public final Column model = text("model").notNull();
        public final Column tokensUsed = integer("tokens_used");
        public final Column embedding = blob("embedding").mode(BUFFER);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private TraceSummaries() {
            super("trace_summaries");
        }
    }

    /** Classification of the task a trace performed; one row per trace. */
    public static final class TaskMetadata extends Table {
        public static final TaskMetadata TASK_METADATA = new TaskMetadata();

        public final Column traceId = text("trace_id").primaryKey().references(() -> Traces.TRACES.id).onDelete(CASCADE);
        public final Column taskType = text("task_type");
        public final Column category = text("category");
        public final Column difficulty = text("difficulty").enumValues(of(Difficulty.class));
        public final Column tags = text("tags").mode(JSON).notNull().defaultValue(List.of());
        public final Column userIntent = text("user_intent");
        public final Column language = text("language").length(16);
        public final Column embedding = blob("embedding").mode(BUFFER);
        public final Column updatedAt = integer("updated_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private TaskMetadata() {
            super("task_metadata");
            index("task_metadata_category_idx").on(category, taskType);
        }
    }

    /** Precomputed nearest neighbours between traces (a self-join of traces). */
    public static final class TaskSimilarTraces extends Table {
        public static final TaskSimilarTraces TASK_SIMILAR_TRACES = new TaskSimilarTraces();

        public final Column traceId = text("trace_id").notNull().references(() -> Traces.TRACES.id).onDelete(CASCADE);
        public final Column similarTraceId = text("similar_trace_id").notNull()
                .references(() -> Traces.TRACES.id).onDelete(CASCADE);
        public final Column similarity = real("similarity").notNull();
        public final Column method = text("method").enumValues(of(SimilarityMethod.class)).notNull()
                .defaultValue(SimilarityMethod.EMBEDDING.value());
        public final Column rank = integer("rank");
        public final Column computedAt = integer("computed_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private TaskSimilarTraces() {
            super("task_similar_traces");
            primaryKey(traceId, similarTraceId);
            index("task_similar_traces_similar_idx").on(similarTraceId);
            check("task_similar_traces_similarity_range", similarity.sql() + " BETWEEN 0 AND 1");
            check("task_similar_traces_not_self", traceId.sql() + " <> " + similarTraceId.sql());
        }
    }
}
