PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_tasks` (
	`id` integer PRIMARY KEY NOT NULL,
	`state` text DEFAULT 'status' NOT NULL,
	`type` text,
	`weight` integer,
	CONSTRAINT "tasks_status_ok" CHECK("__new_tasks"."state" IN ('status', 'done', 'kind'))
);
--> statement-breakpoint
INSERT INTO `__new_tasks`("id", "state", "type", "weight") SELECT "id", "state", "type", "weight" FROM `tasks`;--> statement-breakpoint
DROP TABLE `tasks`;--> statement-breakpoint
ALTER TABLE `__new_tasks` RENAME TO `tasks`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `tasks_kind_partial` ON `tasks` (`type`) WHERE "tasks"."type" <> 'kind' AND "tasks"."state" <> 'status';