PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `owners` RENAME TO `people`;--> statement-breakpoint
ALTER TABLE `kid_r` RENAME TO `kid_restrict`;--> statement-breakpoint
ALTER TABLE `people` RENAME COLUMN "id" TO "pid";--> statement-breakpoint
CREATE TABLE `__old_people` AS SELECT * FROM `people`;--> statement-breakpoint
CREATE TABLE `__old_kid_restrict` AS SELECT * FROM `kid_restrict`;--> statement-breakpoint
CREATE TABLE `__old_kid_c` AS SELECT * FROM `kid_c`;--> statement-breakpoint
CREATE TABLE `__old_kid_n` AS SELECT * FROM `kid_n`;--> statement-breakpoint
DELETE FROM `kid_n`;--> statement-breakpoint
DELETE FROM `kid_c`;--> statement-breakpoint
DROP TABLE `kid_restrict`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
CREATE TABLE `people` (
	`pid` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '?' NOT NULL,
	`score` real,
	CONSTRAINT "people_pid_pos" CHECK("pid" > 0)
);
--> statement-breakpoint
CREATE TABLE `kid_restrict` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `people`(`pid`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `people`(`pid`,`name`,`score`) SELECT `pid`, `name`, `score` FROM `__old_people`;--> statement-breakpoint
INSERT INTO `kid_restrict`(`id`,`parent_id`) SELECT `id`, coalesce(`parent_id`, 1) FROM `__old_kid_restrict`;--> statement-breakpoint
INSERT INTO `kid_c`(`id`,`parent_id`) SELECT `id`,`parent_id` FROM `__old_kid_c`;--> statement-breakpoint
INSERT INTO `kid_n`(`id`,`parent_id`) SELECT `id`,`parent_id` FROM `__old_kid_n`;--> statement-breakpoint
DROP TABLE `__old_people`;--> statement-breakpoint
DROP TABLE `__old_kid_restrict`;--> statement-breakpoint
DROP TABLE `__old_kid_c`;--> statement-breakpoint
DROP TABLE `__old_kid_n`;--> statement-breakpoint
PRAGMA foreign_keys=ON;