CREATE TABLE `events` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text
);
--> statement-breakpoint
CREATE INDEX `audit` ON `events` (`kind`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` integer PRIMARY KEY NOT NULL,
	`state` text
);
--> statement-breakpoint
CREATE INDEX `job_log` ON `jobs` (`state`);