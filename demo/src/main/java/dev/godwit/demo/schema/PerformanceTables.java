package dev.godwit.demo.schema;

import static dev.godwit.demo.schema.Enums.of;
import static dev.godwit.schema.model.ColumnMode.BOOLEAN;
import static dev.godwit.schema.model.ColumnMode.STRING;
import static dev.godwit.schema.model.ColumnMode.TIMESTAMP;
import static dev.godwit.schema.model.FkAction.CASCADE;
import static dev.godwit.schema.model.FkAction.SET_NULL;

import dev.godwit.demo.schema.AccountTables.Users;
import dev.godwit.demo.schema.AgentTables.AgentVersions;
import dev.godwit.demo.schema.AgentTables.Agents;
import dev.godwit.demo.schema.Enums.AlertMetric;
import dev.godwit.demo.schema.Enums.Severity;
import dev.godwit.demo.schema.Enums.SnapshotPeriod;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

/** Performance: rolled-up agent metrics per period, and the alerts raised on them. */
public final class PerformanceTables {

    private PerformanceTables() {
    }

    /** Metrics of one agent over one hour, day or week. */
    public static final class PerformanceSnapshots extends Table {
        public static final PerformanceSnapshots PERFORMANCE_SNAPSHOTS = new PerformanceSnapshots();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column agentId = integer("agent_id").notNull().references(() -> Agents.AGENTS.id).onDelete(CASCADE);
        public final Column agentVersionId = integer("agent_version_id")
                .references(() -> AgentVersions.AGENT_VERSIONS.id).onDelete(SET_NULL);
        public final Column period = text("period").enumValues(of(SnapshotPeriod.class)).notNull();
        public final Column periodStart = integer("period_start").mode(TIMESTAMP).notNull();
        public final Column traceCount = integer("trace_count").notNull().defaultValue(0);
        public final Column successRate = real("success_rate");
        public final Column avgScore = real("avg_score");
        public final Column p50LatencyMs = integer("p50_latency_ms");
        public final Column p95LatencyMs = integer("p95_latency_ms");
        public final Column totalTokens = integer("total_tokens").notNull().defaultValue(0);
        public final Column totalCostUsd = numeric("total_cost_usd").mode(STRING).notNull().defaultValue(0);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private PerformanceSnapshots() {
            super("performance_snapshots");
            uniqueIndex("performance_snapshots_agent_period_uq").on(agentId, period, periodStart);
            index("performance_snapshots_version_idx").on(agentVersionId);
            check("performance_snapshots_success_rate_range", successRate.sql() + " BETWEEN 0 AND 1");
        }
    }

    /** A threshold breach on an agent's metrics. */
    public static final class PerformanceAlerts extends Table {
        public static final PerformanceAlerts PERFORMANCE_ALERTS = new PerformanceAlerts();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column agentId = integer("agent_id").notNull().references(() -> Agents.AGENTS.id).onDelete(CASCADE);
        public final Column snapshotId = integer("snapshot_id")
                .references(() -> PerformanceSnapshots.PERFORMANCE_SNAPSHOTS.id).onDelete(SET_NULL);
        public final Column metric = text("metric").enumValues(of(AlertMetric.class)).notNull();
        public final Column severity = text("severity").enumValues(of(Severity.class)).notNull()
                .defaultValue(Severity.WARNING.value());
        public final Column threshold = real("threshold").notNull();
        public final Column observed = real("observed").notNull();
        public final Column message = text("message").notNull();
        public final Column acknowledged = integer("acknowledged").mode(BOOLEAN).notNull().defaultValue(false);
        public final Column acknowledgedBy = integer("acknowledged_by").references(() -> Users.USERS.id).onDelete(SET_NULL);
        public final Column resolvedAt = integer("resolved_at").mode(TIMESTAMP);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private PerformanceAlerts() {
            super("performance_alerts");
            index("performance_alerts_open_idx").on(agentId, severity).where(resolvedAt.sql() + " IS NULL");
            index("performance_alerts_snapshot_idx").on(snapshotId);
        }
    }
}
