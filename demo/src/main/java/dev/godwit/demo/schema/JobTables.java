package dev.godwit.demo.schema;

import static dev.godwit.demo.schema.Enums.of;
import static dev.godwit.schema.model.ColumnMode.JSON;
import static dev.godwit.schema.model.ColumnMode.TIMESTAMP;
import static dev.godwit.schema.model.FkAction.CASCADE;

import dev.godwit.demo.schema.AccountTables.Workspaces;
import dev.godwit.demo.schema.Enums.AttemptOutcome;
import dev.godwit.demo.schema.Enums.JobStatus;
import dev.godwit.demo.schema.Enums.JobType;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

/** Jobs: the background work queue (eval runs, GEPA, imports, rollouts, ...) and its retry log. */
public final class JobTables {

    private JobTables() {
    }

    /** A queued unit of background work; workers claim pending jobs by priority and run_after. */
    public static final class Jobs extends Table {
        public static final Jobs JOBS = new Jobs();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column workspaceId = integer("workspace_id").notNull()
                .references(() -> Workspaces.WORKSPACES.id).onDelete(CASCADE);
        public final Column type = text("type").enumValues(of(JobType.class)).notNull();
        public final Column status = text("status").enumValues(of(JobStatus.class)).notNull()
                .defaultValue(JobStatus.PENDING.value());
        public final Column priority = integer("priority").notNull().defaultValue(0);
        public final Column payload = text("payload").mode(JSON).notNull();
        public final Column result = text("result").mode(JSON);
        public final Column attempts = integer("attempts").notNull().defaultValue(0);
        public final Column maxAttempts = integer("max_attempts").notNull().defaultValue(3);
        public final Column lockedBy = text("locked_by");
        public final Column lockedUntil = integer("locked_until").mode(TIMESTAMP);
        public final Column runAfter = integer("run_after").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");
        public final Column error = text("error");
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");
        public final Column updatedAt = integer("updated_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private Jobs() {
            super("jobs");
            // The queue: only pending jobs, in the order workers claim them.
            index("jobs_pending_idx").on(priority, runAfter).where(status.sql() + " = 'pending'");
            index("jobs_workspace_type_idx").on(workspaceId, type, createdAt);
            index("jobs_locked_until_idx").on(lockedUntil).where(status.sql() + " = 'running'");
            check("jobs_attempts_within_max", attempts.sql() + " >= 0 AND " + attempts.sql() + " <= " + maxAttempts.sql());
        }
    }

    /** One attempt of a job that did not simply succeed the first time. */
    public static final class JobRetryHistory extends Table {
        public static final JobRetryHistory JOB_RETRY_HISTORY = new JobRetryHistory();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column jobId = integer("job_id").notNull().references(() -> Jobs.JOBS.id).onDelete(CASCADE);
        public final Column attempt = integer("attempt").notNull();
        public final Column outcome = text("outcome").enumValues(of(AttemptOutcome.class)).notNull();
        public final Column error = text("error");
        public final Column errorCode = text("error_code");
        public final Column workerId = text("worker_id");
        public final Column durationMs = integer("duration_ms");
        public final Column startedAt = integer("started_at").mode(TIMESTAMP).notNull();
        public final Column finishedAt = integer("finished_at").mode(TIMESTAMP);

        private JobRetryHistory() {
            super("job_retry_history");
            unique("job_retry_history_job_attempt_uq").on(jobId, attempt);
            check("job_retry_history_attempt_positive", attempt.sql() + " >= 1");
        }
    }
}
