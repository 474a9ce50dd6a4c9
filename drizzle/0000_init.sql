CREATE TABLE `workspaces` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text(64) NOT NULL,
	`name` text NOT NULL,
	`plan` text DEFAULT 'free' NOT NULL,
	`settings` text DEFAULT '{}' NOT NULL,
	`monthly_budget_usd` numeric,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	CONSTRAINT "workspaces_slug_lowercase" CHECK("slug" = lower("slug"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workspaces_slug_unique` ON `workspaces` (`slug`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`email` text NOT NULL,
	`name` text,
	`role` text DEFAULT 'member' NOT NULL,
	`email_verified` integer DEFAULT false NOT NULL,
	`avatar_url` text,
	`preferences` text,
	`last_login_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "users_email_has_at" CHECK(instr("email", '@') > 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_workspace_idx` ON `users` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `functions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`kind` text DEFAULT 'http' NOT NULL,
	`parameters_schema` text NOT NULL,
	`endpoint_url` text,
	`code` text,
	`timeout_ms` integer DEFAULT 30000 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "functions_timeout_positive" CHECK("timeout_ms" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `functions_workspace_name_uq` ON `functions` (`workspace_id`,`name`);--> statement-breakpoint
CREATE TABLE `agents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`model` text NOT NULL,
	`temperature` real DEFAULT 0.7 NOT NULL,
	`max_tokens` integer,
	`current_version` integer,
	`config` text,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "agents_temperature_range" CHECK("temperature" BETWEEN 0 AND 2)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agents_workspace_slug_uq` ON `agents` (`workspace_id`,`slug`);--> statement-breakpoint
CREATE INDEX `agents_workspace_status_idx` ON `agents` (`workspace_id`,`status`);--> statement-breakpoint
CREATE INDEX `agents_created_by_idx` ON `agents` (`created_by`);--> statement-breakpoint
CREATE INDEX `agents_name_lower_idx` ON `agents` (lower("name"));--> statement-breakpoint
CREATE TABLE `agent_functions` (
	`agent_id` integer NOT NULL,
	`function_id` integer NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`config_override` text,
	`added_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`agent_id`, `function_id`),
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`function_id`) REFERENCES `functions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `agent_functions_function_idx` ON `agent_functions` (`function_id`);--> statement-breakpoint
CREATE TABLE `agent_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agent_id` integer NOT NULL,
	`version` integer NOT NULL,
	`system_prompt` text NOT NULL,
	`model` text NOT NULL,
	`parameters` text DEFAULT '{}' NOT NULL,
	`changelog` text,
	`published` integer DEFAULT false NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "agent_versions_version_positive" CHECK("version" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agent_versions_agent_version_uq` ON `agent_versions` (`agent_id`,`version`);--> statement-breakpoint
CREATE TABLE `tools` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` integer,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`function_id` integer,
	`description` text,
	`input_schema` text,
	`output_schema` text,
	`mcp_server_url` text,
	`requires_approval` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`function_id`) REFERENCES `functions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tools_workspace_name_uq` ON `tools` (`workspace_id`,`name`);--> statement-breakpoint
CREATE INDEX `tools_function_idx` ON `tools` (`function_id`);--> statement-breakpoint
CREATE TABLE `evals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`agent_id` integer NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`type` text NOT NULL,
	`criteria` text NOT NULL,
	`judge_model` text,
	`threshold` real DEFAULT 0.8 NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "evals_threshold_range" CHECK("threshold" BETWEEN 0 AND 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evals_agent_name_uq` ON `evals` (`agent_id`,`name`);--> statement-breakpoint
CREATE INDEX `evals_workspace_idx` ON `evals` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `eval_candidates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agent_id` integer NOT NULL,
	`name` text NOT NULL,
	`criteria` text NOT NULL,
	`source` text NOT NULL,
	`rationale` text,
	`score` real,
	`status` text DEFAULT 'pending' NOT NULL,
	`promoted_eval_id` integer,
	`reviewed_by` integer,
	`reviewed_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`promoted_eval_id`) REFERENCES `evals`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "eval_candidates_score_range" CHECK("score" BETWEEN 0 AND 1)
);
--> statement-breakpoint
CREATE INDEX `eval_candidates_agent_status_idx` ON `eval_candidates` (`agent_id`,`status`);--> statement-breakpoint
CREATE INDEX `eval_candidates_promoted_idx` ON `eval_candidates` (`promoted_eval_id`);--> statement-breakpoint
CREATE TABLE `eval_cv_results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`candidate_id` integer NOT NULL,
	`fold` integer NOT NULL,
	`train_size` integer NOT NULL,
	`test_size` integer NOT NULL,
	`accuracy` real,
	`precision` real,
	`recall` real,
	`f1` real,
	`confusion` text,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`candidate_id`) REFERENCES `eval_candidates`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "eval_cv_results_fold_nonnegative" CHECK("fold" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `eval_cv_results_candidate_fold_uq` ON `eval_cv_results` (`candidate_id`,`fold`);--> statement-breakpoint
CREATE TABLE `traces` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` integer NOT NULL,
	`agent_id` integer,
	`agent_version` integer,
	`parent_trace_id` text,
	`status` text DEFAULT 'running' NOT NULL,
	`input` text,
	`output` text,
	`error` text,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	`duration_ms` integer GENERATED ALWAYS AS ("ended_at" - "started_at") VIRTUAL,
	`total_tokens` integer,
	`cost_usd` numeric,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`parent_trace_id`) REFERENCES `traces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agent_id`,`agent_version`) REFERENCES `agent_versions`(`agent_id`,`version`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "traces_ended_after_started" CHECK("ended_at" IS NULL OR "ended_at" >= "started_at")
);
--> statement-breakpoint
CREATE INDEX `traces_workspace_started_idx` ON `traces` (`workspace_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `traces_agent_idx` ON `traces` (`agent_id`,`agent_version`);--> statement-breakpoint
CREATE INDEX `traces_parent_idx` ON `traces` (`parent_trace_id`);--> statement-breakpoint
CREATE INDEX `traces_errors_idx` ON `traces` (`agent_id`,`started_at`) WHERE "status" IN ('error', 'timeout');--> statement-breakpoint
CREATE TABLE `eval_executions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`eval_id` integer NOT NULL,
	`trace_id` text NOT NULL,
	`agent_version_id` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`passed` integer,
	`score` real,
	`reasoning` text,
	`latency_ms` integer,
	`cost_usd` numeric,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`eval_id`) REFERENCES `evals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`trace_id`) REFERENCES `traces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agent_version_id`) REFERENCES `agent_versions`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "eval_executions_score_range" CHECK("score" BETWEEN 0 AND 1)
);
--> statement-breakpoint
CREATE INDEX `eval_executions_eval_created_idx` ON `eval_executions` (`eval_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `eval_executions_trace_idx` ON `eval_executions` (`trace_id`);--> statement-breakpoint
CREATE INDEX `eval_executions_agent_version_idx` ON `eval_executions` (`agent_version_id`);--> statement-breakpoint
CREATE TABLE `feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trace_id` text NOT NULL,
	`user_id` integer,
	`rating` text NOT NULL,
	`score` integer,
	`comment` text,
	`correction` text,
	`source` text DEFAULT 'user' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`resolved` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`trace_id`) REFERENCES `traces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "feedback_score_range" CHECK("score" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE INDEX `feedback_trace_idx` ON `feedback` (`trace_id`);--> statement-breakpoint
CREATE INDEX `feedback_user_idx` ON `feedback` (`user_id`);--> statement-breakpoint
CREATE INDEX `feedback_unresolved_idx` ON `feedback` (`created_at`) WHERE "resolved" = 0 AND "rating" = 'negative';--> statement-breakpoint
CREATE TABLE `task_feedback_pairs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agent_id` integer NOT NULL,
	`trace_id` text NOT NULL,
	`feedback_id` integer NOT NULL,
	`input` text NOT NULL,
	`expected_output` text,
	`actual_output` text,
	`label` text NOT NULL,
	`weight` real DEFAULT 1 NOT NULL,
	`used_in_training` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`trace_id`) REFERENCES `traces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`feedback_id`) REFERENCES `feedback`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "task_feedback_pairs_weight_positive" CHECK("weight" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `task_feedback_pairs_trace_feedback_uq` ON `task_feedback_pairs` (`trace_id`,`feedback_id`);--> statement-breakpoint
CREATE INDEX `task_feedback_pairs_agent_label_idx` ON `task_feedback_pairs` (`agent_id`,`label`);--> statement-breakpoint
CREATE INDEX `task_feedback_pairs_feedback_idx` ON `task_feedback_pairs` (`feedback_id`);--> statement-breakpoint
CREATE TABLE `gepa_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`agent_id` integer NOT NULL,
	`base_version_id` integer NOT NULL,
	`best_version_id` integer,
	`status` text DEFAULT 'queued' NOT NULL,
	`config` text DEFAULT '{}' NOT NULL,
	`iterations` integer DEFAULT 0 NOT NULL,
	`baseline_score` real,
	`best_score` real,
	`cost_usd` numeric DEFAULT 0 NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`base_version_id`) REFERENCES `agent_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`best_version_id`) REFERENCES `agent_versions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `gepa_runs_agent_idx` ON `gepa_runs` (`agent_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `gepa_runs_workspace_status_idx` ON `gepa_runs` (`workspace_id`,`status`);--> statement-breakpoint
CREATE INDEX `gepa_runs_base_version_idx` ON `gepa_runs` (`base_version_id`);--> statement-breakpoint
CREATE INDEX `gepa_runs_best_version_idx` ON `gepa_runs` (`best_version_id`);--> statement-breakpoint
CREATE TABLE `gepa_run_tasks` (
	`run_id` integer NOT NULL,
	`trace_id` text NOT NULL,
	`split` text DEFAULT 'train' NOT NULL,
	`score_before` real,
	`score_after` real,
	`on_pareto_front` integer DEFAULT false NOT NULL,
	`added_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`run_id`, `trace_id`),
	FOREIGN KEY (`run_id`) REFERENCES `gepa_runs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`trace_id`) REFERENCES `traces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `gepa_run_tasks_trace_idx` ON `gepa_run_tasks` (`trace_id`);--> statement-breakpoint
CREATE TABLE `integrations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`provider` text NOT NULL,
	`name` text NOT NULL,
	`config` text DEFAULT '{}' NOT NULL,
	`secret_ref` text,
	`status` text DEFAULT 'connected' NOT NULL,
	`last_synced_at` integer,
	`last_error` text,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `integrations_workspace_provider_name_uq` ON `integrations` (`workspace_id`,`provider`,`name`);--> statement-breakpoint
CREATE INDEX `integrations_created_by_idx` ON `integrations` (`created_by`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`type` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`priority` integer DEFAULT 0 NOT NULL,
	`payload` text NOT NULL,
	`result` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`max_attempts` integer DEFAULT 3 NOT NULL,
	`locked_by` text,
	`locked_until` integer,
	`run_after` integer DEFAULT (unixepoch()) NOT NULL,
	`error` text,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "jobs_attempts_within_max" CHECK("attempts" >= 0 AND "attempts" <= "max_attempts")
);
--> statement-breakpoint
CREATE INDEX `jobs_pending_idx` ON `jobs` (`priority`,`run_after`) WHERE "status" = 'pending';--> statement-breakpoint
CREATE INDEX `jobs_workspace_type_idx` ON `jobs` (`workspace_id`,`type`,`created_at`);--> statement-breakpoint
CREATE INDEX `jobs_locked_until_idx` ON `jobs` (`locked_until`) WHERE "status" = 'running';--> statement-breakpoint
CREATE TABLE `job_retry_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job_id` integer NOT NULL,
	`attempt` integer NOT NULL,
	`outcome` text NOT NULL,
	`error` text,
	`error_code` text,
	`worker_id` text,
	`duration_ms` integer,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "job_retry_history_attempt_positive" CHECK("attempt" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `job_retry_history_job_attempt_uq` ON `job_retry_history` (`job_id`,`attempt`);--> statement-breakpoint
CREATE TABLE `performance_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agent_id` integer NOT NULL,
	`agent_version_id` integer,
	`period` text NOT NULL,
	`period_start` integer NOT NULL,
	`trace_count` integer DEFAULT 0 NOT NULL,
	`success_rate` real,
	`avg_score` real,
	`p50_latency_ms` integer,
	`p95_latency_ms` integer,
	`total_tokens` integer DEFAULT 0 NOT NULL,
	`total_cost_usd` numeric DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agent_version_id`) REFERENCES `agent_versions`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "performance_snapshots_success_rate_range" CHECK("success_rate" BETWEEN 0 AND 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `performance_snapshots_agent_period_uq` ON `performance_snapshots` (`agent_id`,`period`,`period_start`);--> statement-breakpoint
CREATE INDEX `performance_snapshots_version_idx` ON `performance_snapshots` (`agent_version_id`);--> statement-breakpoint
CREATE TABLE `performance_alerts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agent_id` integer NOT NULL,
	`snapshot_id` integer,
	`metric` text NOT NULL,
	`severity` text DEFAULT 'warning' NOT NULL,
	`threshold` real NOT NULL,
	`observed` real NOT NULL,
	`message` text NOT NULL,
	`acknowledged` integer DEFAULT false NOT NULL,
	`acknowledged_by` integer,
	`resolved_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`snapshot_id`) REFERENCES `performance_snapshots`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`acknowledged_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `performance_alerts_open_idx` ON `performance_alerts` (`agent_id`,`severity`) WHERE "resolved_at" IS NULL;--> statement-breakpoint
CREATE INDEX `performance_alerts_snapshot_idx` ON `performance_alerts` (`snapshot_id`);--> statement-breakpoint
CREATE TABLE `playground_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`agent_id` integer,
	`agent_version_id` integer,
	`title` text,
	`model` text NOT NULL,
	`system_prompt` text,
	`parameters` text,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`agent_version_id`) REFERENCES `agent_versions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `playground_sessions_user_idx` ON `playground_sessions` (`user_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `playground_sessions_workspace_idx` ON `playground_sessions` (`workspace_id`);--> statement-breakpoint
CREATE INDEX `playground_sessions_agent_idx` ON `playground_sessions` (`agent_id`);--> statement-breakpoint
CREATE TABLE `playground_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` text NOT NULL,
	`step_index` integer NOT NULL,
	`role` text NOT NULL,
	`content` text,
	`tool_name` text,
	`tool_calls` text,
	`tokens` integer,
	`latency_ms` integer,
	`trace_id` text,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `playground_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`trace_id`) REFERENCES `traces`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `playground_steps_session_step_uq` ON `playground_steps` (`session_id`,`step_index`);--> statement-breakpoint
CREATE INDEX `playground_steps_trace_idx` ON `playground_steps` (`trace_id`);--> statement-breakpoint
CREATE TABLE `prompt_best_practices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer,
	`category` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`example` text,
	`source_url` text,
	`priority` integer DEFAULT 0 NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `prompt_best_practices_workspace_category_idx` ON `prompt_best_practices` (`workspace_id`,`category`);--> statement-breakpoint
CREATE TABLE `system_prompts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`agent_id` integer,
	`name` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`content` text NOT NULL,
	`variables` text,
	`is_active` integer DEFAULT false NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `system_prompts_workspace_name_version_uq` ON `system_prompts` (`workspace_id`,`name`,`version`);--> statement-breakpoint
CREATE UNIQUE INDEX `system_prompts_one_active_per_agent_uq` ON `system_prompts` (`agent_id`) WHERE "is_active" = 1;--> statement-breakpoint
CREATE INDEX `system_prompts_created_by_idx` ON `system_prompts` (`created_by`);--> statement-breakpoint
CREATE TABLE `prompt_iterations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`system_prompt_id` integer NOT NULL,
	`parent_id` integer,
	`gepa_run_id` integer,
	`iteration` integer NOT NULL,
	`content` text NOT NULL,
	`diff` text,
	`rationale` text,
	`score` real,
	`accepted` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`system_prompt_id`) REFERENCES `system_prompts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `prompt_iterations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`gepa_run_id`) REFERENCES `gepa_runs`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prompt_iterations_prompt_iteration_uq` ON `prompt_iterations` (`system_prompt_id`,`iteration`);--> statement-breakpoint
CREATE INDEX `prompt_iterations_parent_idx` ON `prompt_iterations` (`parent_id`);--> statement-breakpoint
CREATE INDEX `prompt_iterations_gepa_run_idx` ON `prompt_iterations` (`gepa_run_id`);--> statement-breakpoint
CREATE TABLE `auto_refine_cooldowns` (
	`agent_id` integer PRIMARY KEY NOT NULL,
	`reason` text,
	`last_refined_at` integer,
	`cooldown_until` integer NOT NULL,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `auto_refine_cooldowns_until_idx` ON `auto_refine_cooldowns` (`cooldown_until`);--> statement-breakpoint
CREATE TABLE `refinement_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agent_id` integer NOT NULL,
	`from_version_id` integer,
	`to_version_id` integer,
	`trigger` text NOT NULL,
	`alert_id` integer,
	`gepa_run_id` integer,
	`status` text DEFAULT 'proposed' NOT NULL,
	`summary` text,
	`score_before` real,
	`score_after` real,
	`applied_by` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from_version_id`) REFERENCES `agent_versions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`to_version_id`) REFERENCES `agent_versions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`alert_id`) REFERENCES `performance_alerts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`gepa_run_id`) REFERENCES `gepa_runs`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`applied_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `refinement_history_agent_created_idx` ON `refinement_history` (`agent_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `refinement_history_trigger_idx` ON `refinement_history` (`trigger`,`status`);--> statement-breakpoint
CREATE INDEX `refinement_history_alert_idx` ON `refinement_history` (`alert_id`);--> statement-breakpoint
CREATE INDEX `refinement_history_gepa_run_idx` ON `refinement_history` (`gepa_run_id`);--> statement-breakpoint
CREATE TABLE `tasksets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`agent_id` integer,
	`name` text NOT NULL,
	`description` text,
	`source` text DEFAULT 'manual' NOT NULL,
	`task_count` integer DEFAULT 0 NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tasksets_workspace_name_uq` ON `tasksets` (`workspace_id`,`name`);--> statement-breakpoint
CREATE INDEX `tasksets_agent_idx` ON `tasksets` (`agent_id`);--> statement-breakpoint
CREATE TABLE `rollout_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agent_id` integer NOT NULL,
	`from_version_id` integer NOT NULL,
	`to_version_id` integer NOT NULL,
	`taskset_id` integer,
	`strategy` text NOT NULL,
	`traffic_percent` real DEFAULT 10 NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`success_criteria` text,
	`started_at` integer,
	`finished_at` integer,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from_version_id`) REFERENCES `agent_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_version_id`) REFERENCES `agent_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`taskset_id`) REFERENCES `tasksets`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "rollout_batches_traffic_range" CHECK("traffic_percent" > 0 AND "traffic_percent" <= 100),
	CONSTRAINT "rollout_batches_distinct_versions" CHECK("from_version_id" <> "to_version_id")
);
--> statement-breakpoint
CREATE INDEX `rollout_batches_agent_status_idx` ON `rollout_batches` (`agent_id`,`status`);--> statement-breakpoint
CREATE INDEX `rollout_batches_from_version_idx` ON `rollout_batches` (`from_version_id`);--> statement-breakpoint
CREATE INDEX `rollout_batches_to_version_idx` ON `rollout_batches` (`to_version_id`);--> statement-breakpoint
CREATE INDEX `rollout_batches_taskset_idx` ON `rollout_batches` (`taskset_id`);--> statement-breakpoint
CREATE TABLE `rollout_results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`trace_id` text,
	`variant` text NOT NULL,
	`input` text,
	`output` text,
	`score` real,
	`passed` integer,
	`latency_ms` integer,
	`cost_usd` numeric,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `rollout_batches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`trace_id`) REFERENCES `traces`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `rollout_results_batch_variant_idx` ON `rollout_results` (`batch_id`,`variant`);--> statement-breakpoint
CREATE INDEX `rollout_results_trace_idx` ON `rollout_results` (`trace_id`);--> statement-breakpoint
CREATE TABLE `taskset_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`taskset_id` integer NOT NULL,
	`agent_id` integer NOT NULL,
	`agent_version_id` integer,
	`job_id` integer,
	`status` text DEFAULT 'queued' NOT NULL,
	`passed_count` integer DEFAULT 0 NOT NULL,
	`failed_count` integer DEFAULT 0 NOT NULL,
	`avg_score` real,
	`cost_usd` numeric,
	`started_at` integer,
	`finished_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`taskset_id`) REFERENCES `tasksets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agent_version_id`) REFERENCES `agent_versions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `taskset_runs_taskset_idx` ON `taskset_runs` (`taskset_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `taskset_runs_agent_idx` ON `taskset_runs` (`agent_id`,`agent_version_id`);--> statement-breakpoint
CREATE INDEX `taskset_runs_job_idx` ON `taskset_runs` (`job_id`);--> statement-breakpoint
CREATE TABLE `taskset_tasks` (
	`taskset_id` integer NOT NULL,
	`position` integer NOT NULL,
	`input` text NOT NULL,
	`expected_output` text,
	`rubric` text,
	`difficulty` text,
	`weight` real DEFAULT 1 NOT NULL,
	`source_trace_id` text,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`taskset_id`, `position`),
	FOREIGN KEY (`taskset_id`) REFERENCES `tasksets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_trace_id`) REFERENCES `traces`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "taskset_tasks_position_nonnegative" CHECK("position" >= 0)
);
--> statement-breakpoint
CREATE INDEX `taskset_tasks_source_trace_idx` ON `taskset_tasks` (`source_trace_id`);--> statement-breakpoint
CREATE TABLE `taskset_run_results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`taskset_id` integer NOT NULL,
	`task_position` integer NOT NULL,
	`trace_id` text,
	`passed` integer,
	`score` real,
	`output` text,
	`error` text,
	`latency_ms` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `taskset_runs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`trace_id`) REFERENCES `traces`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`taskset_id`,`task_position`) REFERENCES `taskset_tasks`(`taskset_id`,`position`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `taskset_run_results_run_task_uq` ON `taskset_run_results` (`run_id`,`task_position`);--> statement-breakpoint
CREATE INDEX `taskset_run_results_task_idx` ON `taskset_run_results` (`taskset_id`,`task_position`);--> statement-breakpoint
CREATE INDEX `taskset_run_results_trace_idx` ON `taskset_run_results` (`trace_id`);--> statement-breakpoint
CREATE TABLE `task_metadata` (
	`trace_id` text PRIMARY KEY NOT NULL,
	`task_type` text,
	`category` text,
	`difficulty` text,
	`tags` text DEFAULT '[]' NOT NULL,
	`user_intent` text,
	`language` text(16),
	`embedding` blob,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`trace_id`) REFERENCES `traces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `task_metadata_category_idx` ON `task_metadata` (`category`,`task_type`);--> statement-breakpoint
CREATE TABLE `task_similar_traces` (
	`trace_id` text NOT NULL,
	`similar_trace_id` text NOT NULL,
	`similarity` real NOT NULL,
	`method` text DEFAULT 'embedding' NOT NULL,
	`rank` integer,
	`computed_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`trace_id`, `similar_trace_id`),
	FOREIGN KEY (`trace_id`) REFERENCES `traces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`similar_trace_id`) REFERENCES `traces`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "task_similar_traces_similarity_range" CHECK("similarity" BETWEEN 0 AND 1),
	CONSTRAINT "task_similar_traces_not_self" CHECK("trace_id" <> "similar_trace_id")
);
--> statement-breakpoint
CREATE INDEX `task_similar_traces_similar_idx` ON `task_similar_traces` (`similar_trace_id`);--> statement-breakpoint
CREATE TABLE `trace_summaries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trace_id` text NOT NULL,
	`summary` text NOT NULL,
	`outcome` text,
	`key_steps` text,
	`model` text NOT NULL,
	`tokens_used` integer,
	`embedding` blob,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`trace_id`) REFERENCES `traces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trace_summaries_trace_id_unique` ON `trace_summaries` (`trace_id`);