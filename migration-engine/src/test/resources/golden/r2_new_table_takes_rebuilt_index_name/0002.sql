PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `job_log`;--> statement-breakpoint
CREATE TABLE `job_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`line` text
);
--> statement-breakpoint
CREATE TABLE `__new_jobs` (
	`id` integer PRIMARY KEY NOT NULL,
	`state` text DEFAULT 'new' NOT NULL,
	`log_id` integer,
	FOREIGN KEY (`log_id`) REFERENCES `job_log`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_jobs`(`id`,`state`) SELECT `id`, coalesce(`state`, 'new') FROM `jobs`;--> statement-breakpoint
DROP TABLE `jobs`;--> statement-breakpoint
ALTER TABLE `__new_jobs` RENAME TO `jobs`;--> statement-breakpoint
CREATE INDEX `jobs_state_ix` ON `jobs` (`state`);--> statement-breakpoint
PRAGMA foreign_keys=ON;