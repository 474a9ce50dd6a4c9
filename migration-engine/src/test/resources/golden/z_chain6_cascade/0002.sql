PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `c4` RENAME TO `c4b`;--> statement-breakpoint
CREATE TABLE `__old_c1` AS SELECT * FROM `c1`;--> statement-breakpoint
CREATE TABLE `__old_c2` AS SELECT * FROM `c2`;--> statement-breakpoint
CREATE TABLE `__old_c3` AS SELECT * FROM `c3`;--> statement-breakpoint
CREATE TABLE `__old_c4b` AS SELECT * FROM `c4b`;--> statement-breakpoint
CREATE TABLE `__old_c5` AS SELECT * FROM `c5`;--> statement-breakpoint
CREATE TABLE `__old_c6` AS SELECT * FROM `c6`;--> statement-breakpoint
DELETE FROM `c6`;--> statement-breakpoint
DELETE FROM `c5`;--> statement-breakpoint
DELETE FROM `c4b`;--> statement-breakpoint
DELETE FROM `c2`;--> statement-breakpoint
DROP TABLE `c3`;--> statement-breakpoint
DROP TABLE `c1`;--> statement-breakpoint
CREATE TABLE `c1` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` real DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `c3` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` real,
	`prev_id` integer NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `c2`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `c1`(`id`,`v`) SELECT `id`, coalesce(`v`, 0) FROM `__old_c1`;--> statement-breakpoint
INSERT INTO `c2`(`id`,`v`,`prev_id`) SELECT `id`,`v`,`prev_id` FROM `__old_c2`;--> statement-breakpoint
INSERT INTO `c3`(`id`,`v`,`prev_id`) SELECT `id`, `v`, `prev_id` FROM `__old_c3`;--> statement-breakpoint
INSERT INTO `c4b`(`id`,`v`,`prev_id`) SELECT `id`,`v`,`prev_id` FROM `__old_c4b`;--> statement-breakpoint
INSERT INTO `c5`(`id`,`v`,`prev_id`) SELECT `id`,`v`,`prev_id` FROM `__old_c5`;--> statement-breakpoint
INSERT INTO `c6`(`id`,`v`,`prev_id`) SELECT `id`,`v`,`prev_id` FROM `__old_c6`;--> statement-breakpoint
DROP TABLE `__old_c1`;--> statement-breakpoint
DROP TABLE `__old_c2`;--> statement-breakpoint
DROP TABLE `__old_c3`;--> statement-breakpoint
DROP TABLE `__old_c4b`;--> statement-breakpoint
DROP TABLE `__old_c5`;--> statement-breakpoint
DROP TABLE `__old_c6`;--> statement-breakpoint
PRAGMA foreign_keys=ON;