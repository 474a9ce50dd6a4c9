package dev.godwit.demo.schema;

import static dev.godwit.demo.schema.Enums.of;
import static dev.godwit.schema.model.ColumnMode.BOOLEAN;
import static dev.godwit.schema.model.ColumnMode.JSON;
import static dev.godwit.schema.model.ColumnMode.TIMESTAMP;
import static dev.godwit.schema.model.FkAction.CASCADE;
import static dev.godwit.schema.model.FkAction.SET_NULL;

import dev.godwit.demo.schema.AccountTables.Users;
import dev.godwit.demo.schema.AccountTables.Workspaces;
import dev.godwit.demo.schema.AgentTables.Agents;
import dev.godwit.demo.schema.Enums.PracticeCategory;
import dev.godwit.demo.schema.GepaTables.GepaRuns;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;

/** Prompts: the system prompt library, its iterations, and the best-practice guide prompts are checked against. */
public final class PromptTables {

    private PromptTables() {
    }

    /** A named, versioned system prompt; at most one active prompt per agent. */
    public static final class SystemPrompts extends Table {
        public static final SystemPrompts SYSTEM_PROMPTS = new SystemPrompts();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column workspaceId = integer("workspace_id").notNull()
                .references(() -> Workspaces.WORKSPACES.id).onDelete(CASCADE);
        public final Column agentId = integer("agent_id").references(() -> Agents.AGENTS.id).onDelete(SET_NULL);
        public final Column name = text("name").notNull();
        public final Column version = integer("version").notNull().defaultValue(1);
        public final Column content = text("content").notNull();
        public final Column variables = text("variables").mode(JSON);
        public final Column isActive = integer("is_active").mode(BOOLEAN).notNull().defaultValue(false);
        public final Column createdBy = integer("created_by").references(() -> Users.USERS.id).onDelete(SET_NULL);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");
        public final Column updatedAt = integer("updated_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private SystemPrompts() {
            super("system_prompts");
            unique("system_prompts_workspace_name_version_uq").on(workspaceId, name, version);
            uniqueIndex("system_prompts_one_active_per_agent_uq").on(agentId).where(isActive.sql() + " = 1");
            index("system_prompts_created_by_idx").on(createdBy);
        }
    }

    /** A revision of a system prompt; iterations form a tree through {@code parent_id}. */
    public static final class PromptIterations extends Table {
        public static final PromptIterations PROMPT_ITERATIONS = new PromptIterations();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column systemPromptId = integer("system_prompt_id").notNull()
                .references(() -> SystemPrompts.SYSTEM_PROMPTS.id).onDelete(CASCADE);
        public final Column parentId = integer("parent_id")
                .references("prompt_iterations_parent_fk", () -> PromptIterations.PROMPT_ITERATIONS.id).onDelete(SET_NULL);
        public final Column gepaRunId = integer("gepa_run_id").references(() -> GepaRuns.GEPA_RUNS.id).onDelete(SET_NULL);
        public final Column iteration = integer("iteration").notNull();
        public final Column content = text("content").notNull();
        public final Column diff = text("diff");
        public final Column rationale = text("rationale");
        public final Column score = real("score");
        public final Column accepted = integer("accepted").mode(BOOLEAN).notNull().defaultValue(false);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private PromptIterations() {
            super("prompt_iterations");
            unique("prompt_iterations_prompt_iteration_uq").on(systemPromptId, iteration);
            index("prompt_iterations_parent_idx").on(parentId);
            index("prompt_iterations_gepa_run_idx").on(gepaRunId);
        }
    }

    /** A prompt-writing guideline; global when {@code workspace_id} is null. */
    public static final class PromptBestPractices extends Table {
        public static final PromptBestPractices PROMPT_BEST_PRACTICES = new PromptBestPractices();

        public final Column id = integer("id").primaryKey().autoIncrement();
        public final Column workspaceId = integer("workspace_id").references(() -> Workspaces.WORKSPACES.id).onDelete(CASCADE);
        public final Column category = text("category").enumValues(of(PracticeCategory.class)).notNull();
        public final Column title = text("title").notNull();
        public final Column body = text("body").notNull();
        public final Column example = text("example");
        public final Column sourceUrl = text("source_url");
        public final Column priority = integer("priority").notNull().defaultValue(0);
        public final Column enabled = integer("enabled").mode(BOOLEAN).notNull().defaultValue(true);
        public final Column createdAt = integer("created_at").mode(TIMESTAMP).notNull().defaultSql("(unixepoch())");

        private PromptBestPractices() {
            super("prompt_best_practices");
            index("prompt_best_practices_workspace_category_idx").on(workspaceId, category);
        }
    }
}
