package dev.godwit.demo.schema;

import static dev.godwit.demo.schema.Enums.of;
import static dev.godwit.schema.model.ColumnMode.BOOLEAN;
import static dev.godwit.schema.model.ColumnMode.JSON;
import static dev.godwit.schema.model.ColumnMode.TIMESTAMP;
import static dev.godwit.schema.model.FkAction.CASCADE;
import static dev.godwit.schema.model.FkAction.SET_NULL;

import dev.godwit.demo.schema.AccountTables.Users;
import dev.godwit.demo.schema.AgentTables.Agents;
import dev.godwit.demo.schema.Enums.FeedbackRating;
import dev.godwit.demo.schema.Enums.FeedbackSource;
import dev.godwit.demo.schema.Enums.PairLabel;
import dev.godwit.demo.schema.TraceTables.Traces;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
import java.util.List;

/** Feedback: ratings and corrections on traces, and the task/feedback pairs built from them for training. */
public final class FeedbackTables {

    private FeedbackTables() {
    }

    /** A rating or correction of a trace, from a user, a reviewer, the API or an automatic rule. */
    public static final class Feedback extends Table {
        public static final Feedback FEEDBACK = new Feedback();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column traceId = text("trace_id").notNull().references(() -> Traces.TRACES.id).onDelete(CASCADE);
        public final Column userId = integer("user_id").references(() -> Users.USERS.id).onDelete(SET_NULL);
        public final Column rating = text("rating").enumValues(of(FeedbackRating.class)).notNull();
        public final Column score = integer("score");
        public final Column comment = text("comment");
        public final Column correction = text("correction");
        public final Column source = text("source").enumValues(of(FeedbackSource.class)).notNull()
                .defaultValue(FeedbackSource.USER.value());
        public final Column tags = text("tags").mode(JSON).notNull().defaultValue(List.of());
        public final Column resolved = integer("resolved").mode(BOOLEAN).notNull().defaultValue(false);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private Feedback() {
            super("feedback");
            index("feedback_trace_idx").on(traceId);
            index("feedback_user_idx").on(userId);
            index("feedback_unresolved_idx").on(createdAt).where(resolved.sql() + " = 0 AND " + rating.sql() + " = 'negative'");
            check("feedback_score_range", score.sql() + " BETWEEN 1 AND 5");
        }
    }

    /** A task input paired with the feedback on how the agent did: training data for optimisation. */
    public static final class TaskFeedbackPairs extends Table {
        public static final TaskFeedbackPairs TASK_FEEDBACK_PAIRS = new TaskFeedbackPairs();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column agentId = integer("agent_id").notNull().references(() -> Agents.AGENTS.id).onDelete(CASCADE);
        public final Column traceId = text("trace_id").notNull().references(() -> Traces.TRACES.id).onDelete(CASCADE);
        public final Column feedbackId = integer("feedback_id").notNull()
                .references(() -> Feedback.FEEDBACK.id).onDelete(CASCADE);
        public final Column input = text("input").mode(JSON).notNull();
        public final Column expectedOutput = text("expected_output");
        public final Column actualOutput = text("actual_output");
        public final Column label = text("label").enumValues(of(PairLabel.class)).notNull();
        public final Column weight = real("weight").notNull().defaultValue(1.0);
        public final Column usedInTraining = integer("used_in_training").mode(BOOLEAN).notNull().defaultValue(false);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private TaskFeedbackPairs() {
            super("task_feedback_pairs");
            unique("task_feedback_pairs_trace_feedback_uq").on(traceId, feedbackId);
            index("task_feedback_pairs_agent_label_idx").on(agentId, label);
            index("task_feedback_pairs_feedback_idx").on(feedbackId);
            check("task_feedback_pairs_weight_positive", weight.sql() + " > 0");
        }
    }
}
