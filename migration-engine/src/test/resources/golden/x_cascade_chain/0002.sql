PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_a` AS SELECT * FROM `a`;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
DELETE FROM `c`;--> statement-breakpoint
DELETE FROM `b`;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` real
);
--> statement-breakpoint
INSERT INTO `a`(`id`,`x`) SELECT `id`, `x` FROM `__old_a`;--> statement-breakpoint
INSERT INTO `b`(`id`,`a_id`,`y`) SELECT `id`,`a_id`,`y` FROM `__old_b`;--> statement-breakpoint
INSERT INTO `c`(`id`,`b_id`,`z`) SELECT `id`,`b_id`,`z` FROM `__old_c`;--> statement-breakpoint
DROP TABLE `__old_a`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
PRAGMA foreign_keys=ON;