PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `c5`;--> statement-breakpoint
ALTER TABLE `c1` RENAME TO `c1_renamed`;--> statement-breakpoint
ALTER TABLE `c4` RENAME COLUMN "label" TO "title";--> statement-breakpoint
CREATE TABLE `c7` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `c2_gone_idx`;--> statement-breakpoint
ALTER TABLE `c2` DROP COLUMN `gone`;--> statement-breakpoint
ALTER TABLE `c3` ADD `flag` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE TABLE `__old_parent` AS SELECT * FROM `parent`;--> statement-breakpoint
CREATE TABLE `__old_c6` AS SELECT * FROM `c6`;--> statement-breakpoint
CREATE TABLE `__old_c1_renamed` AS SELECT * FROM `c1_renamed`;--> statement-breakpoint
CREATE TABLE `__old_c1_child` AS SELECT * FROM `c1_child`;--> statement-breakpoint
CREATE TABLE `__old_c2` AS SELECT * FROM `c2`;--> statement-breakpoint
CREATE TABLE `__old_c3` AS SELECT * FROM `c3`;--> statement-breakpoint
CREATE TABLE `__old_c4` AS SELECT * FROM `c4`;--> statement-breakpoint
DELETE FROM `c4`;--> statement-breakpoint
DELETE FROM `c3`;--> statement-breakpoint
DELETE FROM `c2`;--> statement-breakpoint
DELETE FROM `c1_child`;--> statement-breakpoint
DELETE FROM `c1_renamed`;--> statement-breakpoint
DROP TABLE `c6`;--> statement-breakpoint
DROP TABLE `parent`;--> statement-breakpoint
CREATE TABLE `parent` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '?' NOT NULL,
	`rank` integer DEFAULT (1 + 1)
);
--> statement-breakpoint
CREATE TABLE `c6` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`w` text,
	FOREIGN KEY (`parent_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `parent`(`id`,`name`) SELECT `id`, coalesce(`name`, '?') FROM `__old_parent`;--> statement-breakpoint
INSERT INTO `c6`(`id`,`parent_id`,`w`) SELECT `id`, `parent_id`, `w` FROM `__old_c6`;--> statement-breakpoint
INSERT INTO `c1_renamed`(`id`,`parent_id`,`v`) SELECT `id`,`parent_id`,`v` FROM `__old_c1_renamed`;--> statement-breakpoint
INSERT INTO `c1_child`(`id`,`c1_id`) SELECT `id`,`c1_id` FROM `__old_c1_child`;--> statement-breakpoint
INSERT INTO `c2`(`id`,`parent_id`) SELECT `id`,`parent_id` FROM `__old_c2`;--> statement-breakpoint
INSERT INTO `c3`(`id`,`parent_id`,`flag`) SELECT `id`,`parent_id`,`flag` FROM `__old_c3`;--> statement-breakpoint
INSERT INTO `c4`(`id`,`parent_id`,`title`) SELECT `id`,`parent_id`,`title` FROM `__old_c4`;--> statement-breakpoint
DROP TABLE `__old_parent`;--> statement-breakpoint
DROP TABLE `__old_c6`;--> statement-breakpoint
DROP TABLE `__old_c1_renamed`;--> statement-breakpoint
DROP TABLE `__old_c1_child`;--> statement-breakpoint
DROP TABLE `__old_c2`;--> statement-breakpoint
DROP TABLE `__old_c3`;--> statement-breakpoint
DROP TABLE `__old_c4`;--> statement-breakpoint
PRAGMA foreign_keys=ON;