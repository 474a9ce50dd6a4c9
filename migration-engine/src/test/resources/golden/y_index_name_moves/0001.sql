PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `shared_idx`;--> statement-breakpoint
DROP INDEX `shared_uq`;--> statement-breakpoint
CREATE INDEX `shared_idx` ON `b` (`m`);--> statement-breakpoint
CREATE UNIQUE INDEX `shared_uq` ON `b` (`m`,`n`);--> statement-breakpoint
CREATE TABLE `__new_a` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` real,
	`y` text
);
--> statement-breakpoint
INSERT INTO `__new_a`(`id`,`x`,`y`) SELECT `id`, `x`, `y` FROM `a`;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
ALTER TABLE `__new_a` RENAME TO `a`;--> statement-breakpoint
CREATE INDEX `a_y_index` ON `a` (`y`);--> statement-breakpoint
PRAGMA foreign_keys=ON;