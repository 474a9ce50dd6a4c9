package dev.godwit.demo.schema;

import static dev.godwit.demo.schema.Enums.of;
import static dev.godwit.schema.model.ColumnMode.BOOLEAN;
import static dev.godwit.schema.model.ColumnMode.JSON;
import static dev.godwit.schema.model.ColumnMode.STRING;
import static dev.godwit.schema.model.ColumnMode.TIMESTAMP;
import static dev.godwit.schema.model.FkAction.CASCADE;
import static dev.godwit.schema.model.FkAction.NO_ACTION;
import static dev.godwit.schema.model.FkAction.SET_NULL;

import dev.godwit.demo.schema.AccountTables.Users;
import dev.godwit.demo.schema.AgentTables.AgentVersions;
import dev.godwit.demo.schema.AgentTables.Agents;
import dev.godwit.demo.schema.Enums.RolloutStatus;
import dev.godwit.demo.schema.Enums.RolloutStrategy;
import dev.godwit.demo.schema.Enums.Variant;
import dev.godwit.demo.schema.TasksetTables.Tasksets;
import dev.godwit.demo.schema.TraceTables.Traces;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

/** Rollouts: staged releases of a new agent version (canary, A/B, shadow) and their per-request results. */
public final class RolloutTables {

    private RolloutTables() {
    }

    /** A rollout from one agent version to another. */
    public static final class RolloutBatches extends Table {
        public static final RolloutBatches ROLLOUT_BATCHES = new RolloutBatches();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column agentId = integer("agent_id").notNull().references(() -> Agents.AGENTS.id).onDelete(CASCADE);
        /** NO ACTION: versions in a rollout stay, unless the whole agent goes (same statement). */
        public final Column fromVersionId = integer("from_version_id").notNull()
                .references("rollout_batches_from_version_fk", () -> AgentVersions.AGENT_VERSIONS.id).onDelete(NO_ACTION);
        public final Column toVersionId = integer("to_version_id").notNull()
                .references("rollout_batches_to_version_fk", () -> AgentVersions.AGENT_VERSIONS.id).onDelete(NO_ACTION);
        public final Column tasksetId = integer("taskset_id").references(() -> Tasksets.TASKSETS.id).onDelete(SET_NULL);
        public final Column strategy = text("strategy").enumValues(of(RolloutStrategy.class)).notNull();
        public final Column trafficPercent = real("traffic_percent").notNull().defaultValue(10);
        public final Column status = text("status").enumValues(of(RolloutStatus.class)).notNull()
                .defaultValue(RolloutStatus.PENDING.value());
        public final Column successCriteria = text("success_criteria").mode(JSON);
        public final Column startedAt = integer("started_at").mode(TIMESTAMP);
        public final Column finishedAt = integer("finished_at").mode(TIMESTAMP);
        public final Column createdBy = integer("created_by").references(() -> Users.USERS.id).onDelete(SET_NULL);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private RolloutBatches() {
            super("rollout_batches");
            index("rollout_batches_agent_status_idx").on(agentId, status);
            index("rollout_batches_from_version_idx").on(fromVersionId);
            index("rollout_batches_to_version_idx").on(toVersionId);
            index("rollout_batches_taskset_idx").on(tasksetId);
            check("rollout_batches_traffic_range", trafficPercent.sql() + " > 0 AND " + trafficPercent.sql() + " <= 100");
            check("rollout_batches_distinct_versions", fromVersionId.sql() + " <> " + toVersionId.sql());
        }
    }

    /** One request served during a rollout, by the control or the treatment version. */
    public static final class RolloutResults extends Table {
        public static final RolloutResults ROLLOUT_RESULTS = new RolloutResults();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column batchId = integer("batch_id").notNull()
                .references(() -> RolloutBatches.ROLLOUT_BATCHES.id).onDelete(CASCADE);
        public final Column traceId = text("trace_id").references(() -> Traces.TRACES.id).onDelete(SET_NULL);
        public final Column variant = text("variant").enumValues(of(Variant.class)).notNull();
        public final Column input = text("input").mode(JSON);
        public final Column output = text("output").mode(JSON);
        public final Column score = real("score");
        public final Column passed = integer("passed").mode(BOOLEAN);
        public final Column latencyMs = integer("latency_ms");
        public final Column costUsd = numeric("cost_usd").mode(STRING);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private RolloutResults() {
            super("rollout_results");
            index("rollout_results_batch_variant_idx").on(batchId, variant);
            index("rollout_results_trace_idx").on(traceId);
        }
    }
}
