package dev.godwit.demo.schema;

import static dev.godwit.demo.schema.Enums.of;
import static dev.godwit.schema.model.ColumnMode.BOOLEAN;
import static dev.godwit.schema.model.ColumnMode.JSON;
import static dev.godwit.schema.model.ColumnMode.STRING;
import static dev.godwit.schema.model.ColumnMode.TIMESTAMP;
import static dev.godwit.schema.model.FkAction.CASCADE;
import static dev.godwit.schema.model.FkAction.NO_ACTION;
import static dev.godwit.schema.model.FkAction.SET_NULL;

import dev.godwit.demo.schema.AccountTables.Workspaces;
import dev.godwit.demo.schema.AgentTables.AgentVersions;
import dev.godwit.demo.schema.AgentTables.Agents;
import dev.godwit.demo.schema.Enums.DataSplit;
import dev.godwit.demo.schema.Enums.RunStatus;
import dev.godwit.demo.schema.TraceTables.Traces;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
import java.util.Map;

/** GEPA: reflective prompt-evolution runs over an agent's traces. */
public final class GepaTables {

    private GepaTables() {
    }

    /** One optimisation run: starts from a base version and may produce a better one. */
    public static final class GepaRuns extends Table {
        public static final GepaRuns GEPA_RUNS = new GepaRuns();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column workspaceId = integer("workspace_id").notNull()
                .references(() -> Workspaces.WORKSPACES.id).onDelete(CASCADE);
        public final Column agentId = integer("agent_id").notNull().references(() -> Agents.AGENTS.id).onDelete(CASCADE);
        /**
         * NO ACTION (checked at the end of the statement): a base version cannot be deleted on its own,
         * but deleting the agent removes its versions and its runs in one statement.
         */
        public final Column baseVersionId = integer("base_version_id").notNull()
                .references(() -> AgentVersions.AGENT_VERSIONS.id).onDelete(NO_ACTION);
        public final Column bestVersionId = integer("best_version_id")
                .references(() -> AgentVersions.AGENT_VERSIONS.id).onDelete(SET_NULL);
        public final Column status = text("status").enumValues(of(RunStatus.class)).notNull()
                .defaultValue(RunStatus.QUEUED.value());
        public final Column config = text("config").mode(JSON).notNull().defaultValue(Map.of());
        public final Column iterations = integer("iterations").notNull().defaultValue(0);
        public final Column baselineScore = real("baseline_score");
        public final Column bestScore = real("best_score");
        public final Column costUsd = numeric("cost_usd").mode(STRING).notNull().defaultValue(0);
        public final Column startedAt = integer("started_at").mode(TIMESTAMP);
        public final Column finishedAt = integer("finished_at").mode(TIMESTAMP);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private GepaRuns() {
            super("gepa_runs");
            index("gepa_runs_agent_idx").on(agentId, createdAt);
            index("gepa_runs_workspace_status_idx").on(workspaceId, status);
            index("gepa_runs_base_version_idx").on(baseVersionId);
            index("gepa_runs_best_version_idx").on(bestVersionId);
        }
    }

    /** The traces a run trains and validates on, with per-task scores. */
    public static final class GepaRunTasks extends Table {
        public static final GepaRunTasks GEPA_RUN_TASKS = new GepaRunTasks();

        public final Column runId = integer("run_id").notNull().references(() -> GepaRuns.GEPA_RUNS.id).onDelete(CASCADE);
        public final Column traceId = text("trace_id").notNull().references(() -> Traces.TRACES.id).onDelete(CASCADE);
        public final Column split = text("split").enumValues(of(DataSplit.class)).notNull()
                .defaultValue(DataSplit.TRAIN.value());
        public final Column scoreBefore = real("score_before");
        public final Column scoreAfter = real("score_after");
        public final Column onParetoFront = integer("on_pareto_front").mode(BOOLEAN).notNull().defaultValue(false);
        public final Column addedAt = integer("added_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private GepaRunTasks() {
            super("gepa_run_tasks");
            primaryKey("gepa_run_tasks_pk", runId, traceId);
            index("gepa_run_tasks_trace_idx").on(traceId);
        }
    }
}
