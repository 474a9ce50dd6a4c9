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
import dev.godwit.demo.schema.AccountTables.Workspaces;
import dev.godwit.demo.schema.AgentTables.AgentVersions;
import dev.godwit.demo.schema.AgentTables.Agents;
import dev.godwit.demo.schema.Enums.Difficulty;
import dev.godwit.demo.schema.Enums.RunStatus;
import dev.godwit.demo.schema.Enums.TasksetSource;
import dev.godwit.demo.schema.JobTables.Jobs;
import dev.godwit.demo.schema.TraceTables.Traces;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
import java.util.List;

/** Tasksets: curated benchmark task lists, runs of an agent over them, and per-task results. */
public final class TasksetTables {

    private TasksetTables() {
    }

    /** A named list of tasks to benchmark agents with. */
    public static final class Tasksets extends Table {
        public static final Tasksets TASKSETS = new Tasksets();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column workspaceId = integer("workspace_id").notNull()
                .references(() -> Workspaces.WORKSPACES.id).onDelete(CASCADE);
        public final Column agentId = integer("agent_id").references(() -> Agents.AGENTS.id).onDelete(SET_NULL);
        public final Column name = text("name").notNull();
        public final Column description = text("description");
        public final Column source = text("source").enumValues(of(TasksetSource.class)).notNull()
                .defaultValue(TasksetSource.MANUAL.value());
        public final Column taskCount = integer("task_count").notNull().defaultValue(0);
        public final Column tags = text("tags").mode(JSON).notNull().defaultValue(List.of());
        public final Column createdBy = integer("created_by").references(() -> Users.USERS.id).onDelete(SET_NULL);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");
        public final Column updatedAt = integer("updated_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private Tasksets() {
            super("tasksets");
            unique("tasksets_workspace_name_uq").on(workspaceId, name);
            index("tasksets_agent_idx").on(agentId);
        }
    }

    /** A task of a taskset, keyed by its position in the list (composite primary key). */
    public static final class TasksetTasks extends Table {
        public static final TasksetTasks TASKSET_TASKS = new TasksetTasks();

        public final Column tasksetId = integer("taskset_id").notNull()
                .references(() -> Tasksets.TASKSETS.id).onDelete(CASCADE);
        public final Column position = integer("position").notNull();
        public final Column input = text("input").mode(JSON).notNull();
        public final Column expectedOutput = text("expected_output");
        public final Column rubric = text("rubric");
        public final Column difficulty = text("difficulty").enumValues(of(Difficulty.class));
        public final Column weight = real("weight").notNull().defaultValue(1.0);
        public final Column sourceTraceId = text("source_trace_id").references(() -> Traces.TRACES.id).onDelete(SET_NULL);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private TasksetTasks() {
            super("taskset_tasks");
            primaryKey(tasksetId, position);
            index("taskset_tasks_source_trace_idx").on(sourceTraceId);
            check("taskset_tasks_position_nonnegative", position.sql() + " >= 0");
        }
    }

    /** One run of an agent version over a whole taskset, executed as a job. */
    public static final class TasksetRuns extends Table {
        public static final TasksetRuns TASKSET_RUNS = new TasksetRuns();

        public final Column id = integer("id").primaryKey().autoIncrement();
        /** NO ACTION: a taskset with runs cannot be deleted on its own (its workspace can). */
        public final Column tasksetId = integer("taskset_id").notNull()
                .references(() -> Tasksets.TASKSETS.id).onDelete(NO_ACTION);
        public final Column agentId = integer("agent_id").notNull().references(() -> Agents.AGENTS.id).onDelete(CASCADE);
        public final Column agentVersionId = integer("agent_version_id")
                .references(() -> AgentVersions.AGENT_VERSIONS.id).onDelete(SET_NULL);
        public final Column jobId = integer("job_id").references(() -> Jobs.JOBS.id).onDelete(SET_NULL);
        public final Column status = text("status").enumValues(of(RunStatus.class)).notNull()
                .defaultValue(RunStatus.QUEUED.value());
        public final Column passedCount = integer("passed_count").notNull().defaultValue(0);
        public final Column failedCount = integer("failed_count").notNull().defaultValue(0);
        public final Column avgScore = real("avg_score");
        public final Column costUsd = numeric("cost_usd").mode(STRING);
        public final Column startedAt = integer("started_at").mode(TIMESTAMP);
        public final Column finishedAt = integer("finished_at").mode(TIMESTAMP);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private TasksetRuns() {
            super("taskset_runs");
            index("taskset_runs_taskset_idx").on(tasksetId, createdAt);
            index("taskset_runs_agent_idx").on(agentId, agentVersionId);
            index("taskset_runs_job_idx").on(jobId);
        }
    }

    /** The result of one task in one run; points at the task through a composite foreign key. */
    public static final class TasksetRunResults extends Table {
        public static final TasksetRunResults TASKSET_RUN_RESULTS = new TasksetRunResults();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column runId = integer("run_id").notNull().references(() -> TasksetRuns.TASKSET_RUNS.id).onDelete(CASCADE);
        public final Column tasksetId = integer("taskset_id").notNull();
        public final Column taskPosition = integer("task_position").notNull();
        public final Column traceId = text("trace_id").references(() -> Traces.TRACES.id).onDelete(SET_NULL);
        public final Column passed = integer("passed").mode(BOOLEAN);
        public final Column score = real("score");
        public final Column output = text("output");
        public final Column error = text("error");
        public final Column latencyMs = integer("latency_ms");
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private TasksetRunResults() {
            super("taskset_run_results");
            foreignKey(tasksetId, taskPosition)
                    .references(() -> TasksetTasks.TASKSET_TASKS.tasksetId, () -> TasksetTasks.TASKSET_TASKS.position)
                    .name("taskset_run_results_task_fk")
                    .onDelete(CASCADE)
                    .onUpdate(CASCADE);
            unique("taskset_run_results_run_task_uq").on(runId, taskPosition);
            index("taskset_run_results_task_idx").on(tasksetId, taskPosition);
            index("taskset_run_results_trace_idx").on(traceId);
        }
    }
}
