CREATE TABLE `flags` (
	`id` integer PRIMARY KEY NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`archived` integer DEFAULT false,
	`verified` integer
);
--> statement-breakpoint
CREATE INDEX `flags_active_idx` ON `flags` (`active`) WHERE "active" = 1;