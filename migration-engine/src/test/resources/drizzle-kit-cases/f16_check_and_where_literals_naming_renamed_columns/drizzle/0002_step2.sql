ALTER TABLE `tasks` RENAME TO `jobs`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_jobs` (
	`id` integer PRIMARY KEY NOT NULL,
	`state` text DEFAULT 'status' NOT NULL,
	`type` text,
	`weight` real,
	CONSTRAINT "tasks_status_ok" CHECK("__new_jobs"."state" IN ('status', 'done', 'kind'))
);
--> statement-breakpoint
INSERT INTO `__new_jobs`("id", "state", "type", "weight") SELECT "id", "state", "type", "weight" FROM `jobs`;--> statement-breakpoint
DROP TABLE `jobs`;--> statement-breakpoint
ALTER TABLE `__new_jobs` RENAME TO `jobs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `tasks_kind_partial` ON `jobs` (`type`) WHERE "jobs"."type" <> 'kind' AND "jobs"."state" <> 'status';