PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `shared_idx`;--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`k` text
);
--> statement-breakpoint
CREATE INDEX `shared_idx` ON `b` (`k`);--> statement-breakpoint
CREATE TABLE `__new_a` (
	`id` integer PRIMARY KEY NOT NULL,
	`k` text DEFAULT '' NOT NULL,
	`u` text
);
--> statement-breakpoint
INSERT INTO `__new_a`(`id`,`k`,`u`) SELECT `id`, coalesce(`k`, ''), `u` FROM `a`;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
ALTER TABLE `__new_a` RENAME TO `a`;--> statement-breakpoint
CREATE UNIQUE INDEX `shared_uq` ON `a` (`u`);--> statement-breakpoint
PRAGMA foreign_keys=ON;