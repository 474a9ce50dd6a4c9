CREATE TABLE `events` (
	`id` integer PRIMARY KEY NOT NULL,
	`payload` text DEFAULT '{}' NOT NULL,
	`score` integer,
	`flag` integer DEFAULT 0
);
--> statement-breakpoint
CREATE INDEX `events_flag_idx` ON `events` (`flag`);