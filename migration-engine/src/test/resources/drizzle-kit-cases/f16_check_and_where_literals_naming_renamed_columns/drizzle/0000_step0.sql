CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'status' NOT NULL,
	`kind` text,
	`weight` integer,
	CONSTRAINT "tasks_status_ok" CHECK("tasks"."status" IN ('status', 'done', 'kind'))
);
--> statement-breakpoint
CREATE INDEX `tasks_kind_partial` ON `tasks` (`kind`) WHERE "tasks"."kind" <> 'kind' AND "tasks"."status" <> 'status';