PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_alpha` AS SELECT * FROM `alpha`;--> statement-breakpoint
CREATE TABLE `__old_beta` AS SELECT * FROM `beta`;--> statement-breakpoint
DROP TABLE `beta`;--> statement-breakpoint
DROP TABLE `alpha`;--> statement-breakpoint
CREATE TABLE `alpha` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` text,
	`y` text
);
--> statement-breakpoint
CREATE INDEX `ix_two` ON `alpha` (`x`);--> statement-breakpoint
CREATE TABLE `beta` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` text,
	`z` real DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ix_one` ON `beta` (`x`);--> statement-breakpoint
CREATE UNIQUE INDEX `ux_pair` ON `beta` (`x`,`z`);--> statement-breakpoint
INSERT INTO `alpha`(`id`,`x`,`y`) SELECT `id`, `x`, `y` FROM `__old_alpha`;--> statement-breakpoint
INSERT INTO `beta`(`id`,`x`,`z`) SELECT `id`, `x`, coalesce(`z`, 0) FROM `__old_beta`;--> statement-breakpoint
DROP TABLE `__old_alpha`;--> statement-breakpoint
DROP TABLE `__old_beta`;--> statement-breakpoint
PRAGMA foreign_keys=ON;