CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`k` text,
	`u` text
);
--> statement-breakpoint
CREATE INDEX `shared_idx` ON `a` (`k`);--> statement-breakpoint
CREATE UNIQUE INDEX `shared_uq` ON `a` (`u`);