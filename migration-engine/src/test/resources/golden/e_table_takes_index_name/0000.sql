CREATE TABLE `docs` (
	`id` integer PRIMARY KEY NOT NULL,
	`archived` integer
);
--> statement-breakpoint
CREATE INDEX `archive` ON `docs` (`archived`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text
);
--> statement-breakpoint
CREATE INDEX `log_idx` ON `events` (`kind`);--> statement-breakpoint
CREATE TABLE `old_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`line` text
);
