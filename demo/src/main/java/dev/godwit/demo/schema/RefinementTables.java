package dev.godwit.demo.schema;

import static dev.godwit.demo.schema.Enums.of;
import static dev.godwit.schema.model.ColumnMode.TIMESTAMP;
import static dev.godwit.schema.model.FkAction.CASCADE;
import static dev.godwit.schema.model.FkAction.SET_NULL;

import dev.godwit.demo.schema.AccountTables.Users;
import dev.godwit.demo.schema.AgentTables.AgentVersions;
import dev.godwit.demo.schema.AgentTables.Agents;
import dev.godwit.demo.schema.Enums.RefinementStatus;
import dev.godwit.demo.schema.Enums.RefinementTrigger;
import dev.godwit.demo.schema.GepaTables.GepaRuns;
import dev.godwit.demo.schema.PerformanceTables.PerformanceAlerts;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

/** Refinement: the history of agent changes (manual, automatic, alert- or GEPA-driven) and auto-refine throttling. */
public final class RefinementTables {

    private RefinementTables() {
    }

    /** One proposed or applied change from one agent version to another. */
    public static final class RefinementHistory extends Table {
        public static final RefinementHistory REFINEMENT_HISTORY = new RefinementHistory();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column agentId = integer("agent_id").notNull().references(() -> Agents.AGENTS.id).onDelete(CASCADE);
        public final Column fromVersionId = integer("from_version_id")
                .references("refinement_history_from_version_fk", () -> AgentVersions.AGENT_VERSIONS.id).onDelete(SET_NULL);
        public final Column toVersionId = integer("to_version_id")
                .references("refinement_history_to_version_fk", () -> AgentVersions.AGENT_VERSIONS.id).onDelete(SET_NULL);
        /** "trigger" is an SQL keyword: the name must be quoted everywhere. */
        public final Column trigger = text("trigger").enumValues(of(RefinementTrigger.class)).notNull();
        public final Column alertId = integer("alert_id")
                .references(() -> PerformanceAlerts.PERFORMANCE_ALERTS.id).onDelete(SET_NULL);
        public final Column gepaRunId = integer("gepa_run_id").references(() -> GepaRuns.GEPA_RUNS.id).onDelete(SET_NULL);
        public final Column status = text("status").enumValues(of(RefinementStatus.class)).notNull()
                .defaultValue(RefinementStatus.PROPOSED.value());
        public final Column summary = text("summary");
        public final Column scoreBefore = real("score_before");
        public final Column scoreAfter = real("score_after");
        public final Column appliedBy = integer("applied_by").references(() -> Users.USERS.id).onDelete(SET_NULL);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private RefinementHistory() {
            super("refinement_history");
            index("refinement_history_agent_created_idx").on(agentId, createdAt);
            index("refinement_history_trigger_idx").on(trigger, status);
            index("refinement_history_alert_idx").on(alertId);
            index("refinement_history_gepa_run_idx").on(gepaRunId);
        }
    }

    /** Per-agent throttle of automatic refinement: no auto-refine before {@code cooldown_until}. */
    public static final class AutoRefineCooldowns extends Table {
        public static final AutoRefineCooldowns AUTO_REFINE_COOLDOWNS = new AutoRefineCooldowns();

        public final Column agentId = integer("agent_id").primaryKey().references(() -> Agents.AGENTS.id).onDelete(CASCADE);
        public final Column reason = text("reason");
        public final Column lastRefinedAt = integer("last_refined_at").mode(TIMESTAMP);
        public final Column cooldownUntil = integer("cooldown_until").mode(TIMESTAMP).notNull();
        public final Column consecutiveFailures = integer("consecutive_failures").notNull().defaultValue(0);
        public final Column updatedAt = integer("updated_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private AutoRefineCooldowns() {
            super("auto_refine_cooldowns");
            index("auto_refine_cooldowns_until_idx").on(cooldownUntil);
        }
    }
}
