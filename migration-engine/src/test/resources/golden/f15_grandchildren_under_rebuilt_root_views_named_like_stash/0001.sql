PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_root_1` AS SELECT * FROM `root`;--> statement-breakpoint
CREATE TABLE `__old_a_1` AS SELECT * FROM `a`;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
CREATE TABLE `__old_d` AS SELECT * FROM `d`;--> statement-breakpoint
DELETE FROM `d`;--> statement-breakpoint
DELETE FROM `c`;--> statement-breakpoint
DELETE FROM `b`;--> statement-breakpoint
DELETE FROM `a`;--> statement-breakpoint
DROP TABLE `root`;--> statement-breakpoint
CREATE TABLE `root` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'unnamed' NOT NULL
);
--> statement-breakpoint
INSERT INTO `root`(`id`,`name`) SELECT `id`, coalesce(`name`, 'unnamed') FROM `__old_root_1`;--> statement-breakpoint
INSERT INTO `a`(`id`,`root_id`,`v`) SELECT `id`,`root_id`,`v` FROM `__old_a_1`;--> statement-breakpoint
INSERT INTO `b`(`id`,`a_id`) SELECT `id`,`a_id` FROM `__old_b`;--> statement-breakpoint
INSERT INTO `c`(`id`,`a_id`) SELECT `id`,`a_id` FROM `__old_c`;--> statement-breakpoint
INSERT INTO `d`(`id`,`a_id`) SELECT `id`,`a_id` FROM `__old_d`;--> statement-breakpoint
DROP TABLE `__old_root_1`;--> statement-breakpoint
DROP TABLE `__old_a_1`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
DROP TABLE `__old_d`;--> statement-breakpoint
PRAGMA foreign_keys=ON;