package dev.godwit.demo.schema;

import java.util.Arrays;
import java.util.Locale;

/**
 * The value lists of the schema's enum-like text columns, shared by the tables and by application
 * code. A constant's stored value is its name in lower case ({@code ROLLED_BACK} is stored as
 * {@code rolled_back}); columns declare the list with {@code .enumValues(Enums.of(JobStatus.class))}
 * and literal defaults with {@code .defaultValue(JobStatus.PENDING.value())}.
 */
public final class Enums {

    private Enums() {
    }

    /** An enum stored as text: the value is the constant's name in lower case. */
    public interface SqlEnum {
        String name();

        /** The text stored in the database. */
        default String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The stored values of an enum, in declaration order, for {@code Column.enumValues(...)}. */
    public static <E extends Enum<E> & SqlEnum> String[] of(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(SqlEnum::value).toArray(String[]::new);
    }

    // --- accounts ---------------------------------------------------------------------------

    public enum WorkspacePlan implements SqlEnum { FREE, TEAM, ENTERPRISE }

    public enum UserRole implements SqlEnum { OWNER, ADMIN, MEMBER, VIEWER }

    // --- agents -----------------------------------------------------------------------------

    public enum AgentStatus implements SqlEnum { DRAFT, ACTIVE, PAUSED, ARCHIVED }

    public enum FunctionKind implements SqlEnum { HTTP, PYTHON, JAVASCRIPT, BUILTIN }

    public enum ToolKind implements SqlEnum { BUILTIN, FUNCTION, MCP, HTTP }

    // --- traces -----------------------------------------------------------------------------

    public enum TraceStatus implements SqlEnum { RUNNING, SUCCESS, ERROR, TIMEOUT, CANCELLED }

    public enum Outcome implements SqlEnum { SUCCESS, PARTIAL, FAILURE }

    public enum Difficulty implements SqlEnum { EASY, MEDIUM, HARD }

    public enum SimilarityMethod implements SqlEnum { EMBEDDING, LEXICAL, HYBRID }

    // --- evals and feedback -----------------------------------------------------------------

    public enum EvalType implements SqlEnum { LLM_JUDGE, EXACT_MATCH, REGEX, CODE, HUMAN }

    public enum EvalStatus implements SqlEnum { DRAFT, ACTIVE, ARCHIVED }

    public enum ExecutionStatus implements SqlEnum { PENDING, RUNNING, COMPLETED, FAILED }

    public enum CandidateSource implements SqlEnum { FEEDBACK, FAILURE_CLUSTER, MANUAL, GEPA }

    public enum ReviewStatus implements SqlEnum { PENDING, ACCEPTED, REJECTED }

    public enum FeedbackRating implements SqlEnum { POSITIVE, NEGATIVE, NEUTRAL }

    public enum FeedbackSource implements SqlEnum { USER, REVIEWER, API, AUTO }

    public enum PairLabel implements SqlEnum { GOOD, BAD }

    // --- optimisation runs ------------------------------------------------------------------

    /** Shared by GEPA runs and taskset runs. */
    public enum RunStatus implements SqlEnum { QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED }

    public enum DataSplit implements SqlEnum { TRAIN, VAL, TEST }

    // --- integrations and jobs --------------------------------------------------------------

    public enum IntegrationProvider implements SqlEnum { LANGFUSE, LANGSMITH, OPENAI, ANTHROPIC, SLACK, GITHUB, WEBHOOK }

    public enum IntegrationStatus implements SqlEnum { CONNECTED, ERROR, DISABLED }

    public enum JobType implements SqlEnum {
        EVAL_RUN, GEPA_OPTIMIZE, TRACE_IMPORT, TRACE_SUMMARY, ROLLOUT, TASKSET_RUN, AUTO_REFINE, PERFORMANCE_SNAPSHOT
    }

    public enum JobStatus implements SqlEnum { PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    public enum AttemptOutcome implements SqlEnum { FAILED, TIMEOUT, SUCCEEDED, ABANDONED }

    // --- performance ------------------------------------------------------------------------

    public enum SnapshotPeriod implements SqlEnum { HOUR, DAY, WEEK }

    public enum AlertMetric implements SqlEnum { SUCCESS_RATE, ERROR_RATE, LATENCY_P95, COST, EVAL_SCORE }

    public enum Severity implements SqlEnum { INFO, WARNING, CRITICAL }

    // --- playground and prompts -------------------------------------------------------------

    public enum SessionStatus implements SqlEnum { ACTIVE, ARCHIVED }

    public enum MessageRole implements SqlEnum { SYSTEM, USER, ASSISTANT, TOOL }

    public enum PracticeCategory implements SqlEnum { STRUCTURE, TOOLS, SAFETY, FORMATTING, REASONING }

    // --- refinement and rollouts ------------------------------------------------------------

    public enum RefinementTrigger implements SqlEnum { MANUAL, AUTO, ALERT, GEPA }

    public enum RefinementStatus implements SqlEnum { PROPOSED, APPLIED, REVERTED, REJECTED }

    public enum RolloutStrategy implements SqlEnum { CANARY, AB_TEST, SHADOW, FULL }

    public enum RolloutStatus implements SqlEnum { PENDING, RUNNING, COMPLETED, ROLLED_BACK, FAILED }

    public enum Variant implements SqlEnum { CONTROL, TREATMENT }

    // --- tasksets ---------------------------------------------------------------------------

    public enum TasksetSource implements SqlEnum { MANUAL, TRACES, FEEDBACK, GENERATED }
}
