PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `a` RENAME TO `a_tmp`;--> statement-breakpoint
ALTER TABLE `a_tmp` RENAME COLUMN "x" TO "x_tmp";--> statement-breakpoint
CREATE TABLE `__old_a_tmp` AS SELECT * FROM `a_tmp`;--> statement-breakpoint
CREATE TABLE `__old_ca` AS SELECT * FROM `ca`;--> statement-breakpoint
DELETE FROM `ca`;--> statement-breakpoint
DROP TABLE `a_tmp`;--> statement-breakpoint
CREATE TABLE `a_tmp` (
	`id` integer PRIMARY KEY NOT NULL,
	`x_tmp` integer,
	`y` text,
	CONSTRAINT "a_x_pos" CHECK("x_tmp" > 0)
);
--> statement-breakpoint
CREATE INDEX `a_x_idx` ON `a_tmp` (`x_tmp`);--> statement-breakpoint
INSERT INTO `a_tmp`(`id`,`x_tmp`,`y`) SELECT `id`, `x_tmp`, `y` FROM `__old_a_tmp`;--> statement-breakpoint
INSERT INTO `ca`(`id`,`a_id`) SELECT `id`,`a_id` FROM `__old_ca`;--> statement-breakpoint
DROP TABLE `__old_a_tmp`;--> statement-breakpoint
DROP TABLE `__old_ca`;--> statement-breakpoint
PRAGMA foreign_keys=ON;