package dev.godwit.demo.schema;

import static dev.godwit.demo.schema.Enums.of;
import static dev.godwit.schema.model.ColumnMode.BOOLEAN;
import static dev.godwit.schema.model.ColumnMode.JSON;
import static dev.godwit.schema.model.ColumnMode.STRING;
import static dev.godwit.schema.model.ColumnMode.TIMESTAMP;
import static dev.godwit.schema.model.FkAction.CASCADE;
import static dev.godwit.schema.model.FkAction.SET_NULL;

import dev.godwit.demo.schema.AccountTables.Users;
import dev.godwit.demo.schema.AccountTables.Workspaces;
import dev.godwit.demo.schema.AgentTables.AgentVersions;
import dev.godwit.demo.schema.AgentTables.Agents;
import dev.godwit.demo.schema.Enums.CandidateSource;
import dev.godwit.demo.schema.Enums.EvalStatus;
import dev.godwit.demo.schema.Enums.EvalType;
import dev.godwit.demo.schema.Enums.ExecutionStatus;
import dev.godwit.demo.schema.Enums.ReviewStatus;
import dev.godwit.demo.schema.TraceTables.Traces;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

/** Evals: evaluation definitions, their executions on traces, and candidate evals with cross-validation. */
public final class EvalTables {

    private EvalTables() {
    }

    /** A check an agent's traces are scored with (LLM judge, exact match, code, ...). */
    public static final class Evals extends Table {
        public static final Evals EVALS = new Evals();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column workspaceId = integer("workspace_id").notNull()
                .references(() -> Workspaces.WORKSPACES.id).onDelete(CASCADE);
        public final Column agentId = integer("agent_id").notNull().references(() -> Agents.AGENTS.id).onDelete(CASCADE);
        public final Column name = text("name").notNull();
        public final Column description = text("description");
        public final Column type = text("type").enumValues(of(EvalType.class)).notNull();
        public final Column criteria = text("criteria").mode(JSON).notNull();
        public final Column judgeModel = text("judge_model");
        public final Column threshold = real("threshold").notNull().defaultValue(0.8);
        public final Column status = text("status").enumValues(of(EvalStatus.class)).notNull()
                .defaultValue(EvalStatus.DRAFT.value());
        public final Column createdBy = integer("created_by").references(() -> Users.USERS.id).onDelete(SET_NULL);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");
        public final Column updatedAt = integer("updated_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private Evals() {
            super("evals");
            unique("evals_agent_name_uq").on(agentId, name);
            index("evals_workspace_idx").on(workspaceId);
            check("evals_threshold_range", threshold.sql() + " BETWEEN 0 AND 1");
        }
    }

    /** One eval scored on one trace. */
    public static final class EvalExecutions extends Table {
        public static final EvalExecutions EVAL_EXECUTIONS = new EvalExecutions();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column evalId = integer("eval_id").notNull().references(() -> Evals.EVALS.id).onDelete(CASCADE);
        public final Column traceId = text("trace_id").notNull().references(() -> Traces.TRACES.id).onDelete(CASCADE);
        public final Column agentVersionId = integer("agent_version_id")
                .references(() -> AgentVersions.AGENT_VERSIONS.id).onDelete(SET_NULL);
        public final Column status = text("status").enumValues(of(ExecutionStatus.class)).notNull()
                .defaultValue(ExecutionStatus.PENDING.value());
        public final Column passed = integer("passed").mode(BOOLEAN);
        public final Column score = real("score");
        public final Column reasoning = text("reasoning");
        public final Column latencyMs = integer("latency_ms");
        public final Column costUsd = numeric("cost_usd").mode(STRING);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private EvalExecutions() {
            super("eval_executions");
            index("eval_executions_eval_created_idx").on(evalId, createdAt);
            index("eval_executions_trace_idx").on(traceId);
            index("eval_executions_agent_version_idx").on(agentVersionId);
            check("eval_executions_score_range", score.sql() + " BETWEEN 0 AND 1");
        }
    }

    /** An eval proposed from feedback or failure clusters, waiting for review. */
    public static final class EvalCandidates extends Table {
        public static final EvalCandidates EVAL_CANDIDATES = new EvalCandidates();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column agentId = integer("agent_id").notNull().references(() -> Agents.AGENTS.id).onDelete(CASCADE);
        public final Column name = text("name").notNull();
        public final Column criteria = text("criteria").mode(JSON).notNull();
        public final Column source = text("source").enumValues(of(CandidateSource.class)).notNull();
        public final Column rationale = text("rationale");
        public final Column score = real("score");
        public final Column status = text("status").enumValues(of(ReviewStatus.class)).notNull()
                .defaultValue(ReviewStatus.PENDING.value());
        public final Column promotedEvalId = integer("promoted_eval_id").references(() -> Evals.EVALS.id).onDelete(SET_NULL);
        public final Column reviewedBy = integer("reviewed_by").references(() -> Users.USERS.id).onDelete(SET_NULL);
        public final Column reviewedAt = integer("reviewed_at").mode(TIMESTAMP);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private EvalCandidates() {
            super("eval_candidates");
            index("eval_candidates_agent_status_idx").on(agentId, status);
            index("eval_candidates_promoted_idx").on(promotedEvalId);
            check("eval_candidates_score_range", score.sql() + " BETWEEN 0 AND 1");
        }
    }

    /** k-fold cross-validation of a candidate eval against human labels: one row per fold. */
    public static final class EvalCvResults extends Table {
        public static final EvalCvResults EVAL_CV_RESULTS = new EvalCvResults();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column candidateId = integer("candidate_id").notNull()
                .references(() -> EvalCandidates.EVAL_CANDIDATES.id).onDelete(CASCADE);
        public final Column fold = integer("fold").notNull();
        public final Column trainSize = integer("train_size").notNull();
        public final Column testSize = integer("test_size").notNull();
        public final Column accuracy = real("accuracy");
        public final Column precision = real("precision");
        public final Column recall = real("recall");
        public final Column f1 = real("f1");
        public final Column confusion = text("confusion").mode(JSON);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private EvalCvResults() {
            super("eval_cv_results");
            unique("eval_cv_results_candidate_fold_uq").on(candidateId, fold);
            check("eval_cv_results_fold_nonnegative", fold.sql() + " >= 0");
        }
    }
}
