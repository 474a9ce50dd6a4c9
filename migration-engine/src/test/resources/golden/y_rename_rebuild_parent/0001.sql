PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `parent` RENAME TO `owners`;--> statement-breakpoint
CREATE TABLE `__old_owners` AS SELECT * FROM `owners`;--> statement-breakpoint
CREATE TABLE `__old_kid_c` AS SELECT * FROM `kid_c`;--> statement-breakpoint
CREATE TABLE `__old_kid_r` AS SELECT * FROM `kid_r`;--> statement-breakpoint
CREATE TABLE `__old_kid_n` AS SELECT * FROM `kid_n`;--> statement-breakpoint
DELETE FROM `kid_n`;--> statement-breakpoint
DELETE FROM `kid_r`;--> statement-breakpoint
DELETE FROM `kid_c`;--> statement-breakpoint
DROP TABLE `owners`;--> statement-breakpoint
CREATE TABLE `owners` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '?' NOT NULL,
	`score` real
);
--> statement-breakpoint
INSERT INTO `owners`(`id`,`name`,`score`) SELECT `id`, coalesce(`name`, '?'), `score` FROM `__old_owners`;--> statement-breakpoint
INSERT INTO `kid_c`(`id`,`parent_id`) SELECT `id`,`parent_id` FROM `__old_kid_c`;--> statement-breakpoint
INSERT INTO `kid_r`(`id`,`parent_id`) SELECT `id`,`parent_id` FROM `__old_kid_r`;--> statement-breakpoint
INSERT INTO `kid_n`(`id`,`parent_id`) SELECT `id`,`parent_id` FROM `__old_kid_n`;--> statement-breakpoint
DROP TABLE `__old_owners`;--> statement-breakpoint
DROP TABLE `__old_kid_c`;--> statement-breakpoint
DROP TABLE `__old_kid_r`;--> statement-breakpoint
DROP TABLE `__old_kid_n`;--> statement-breakpoint
PRAGMA foreign_keys=ON;