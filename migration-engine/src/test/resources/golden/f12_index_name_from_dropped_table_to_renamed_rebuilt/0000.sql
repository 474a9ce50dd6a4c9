CREATE TABLE `old_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` integer
);
--> statement-breakpoint
CREATE INDEX `log_at_idx` ON `old_log` (`at`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` integer,
	`kind` text
);
