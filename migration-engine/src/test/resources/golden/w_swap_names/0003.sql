PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `a_tmp` RENAME TO `b`;--> statement-breakpoint
ALTER TABLE `b` RENAME COLUMN "x_tmp" TO "y";--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
CREATE TABLE `__old_ca` AS SELECT * FROM `ca`;--> statement-breakpoint
DELETE FROM `ca`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`y` integer DEFAULT 1 NOT NULL,
	`x` text,
	CONSTRAINT "a_x_pos" CHECK("y" > 0)
);
--> statement-breakpoint
CREATE INDEX `a_x_idx` ON `b` (`y`);--> statement-breakpoint
INSERT INTO `b`(`id`,`y`,`x`) SELECT `id`, `y`, `x` FROM `__old_b`;--> statement-breakpoint
INSERT INTO `ca`(`id`,`a_id`) SELECT `id`,`a_id` FROM `__old_ca`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
DROP TABLE `__old_ca`;--> statement-breakpoint
PRAGMA foreign_keys=ON;