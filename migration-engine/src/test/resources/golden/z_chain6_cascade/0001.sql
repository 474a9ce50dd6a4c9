PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_c1` AS SELECT * FROM `c1`;--> statement-breakpoint
CREATE TABLE `__old_c2` AS SELECT * FROM `c2`;--> statement-breakpoint
CREATE TABLE `__old_c3` AS SELECT * FROM `c3`;--> statement-breakpoint
CREATE TABLE `__old_c4` AS SELECT * FROM `c4`;--> statement-breakpoint
CREATE TABLE `__old_c5` AS SELECT * FROM `c5`;--> statement-breakpoint
CREATE TABLE `__old_c6` AS SELECT * FROM `c6`;--> statement-breakpoint
DELETE FROM `c3`;--> statement-breakpoint
DROP TABLE `c2`;--> statement-breakpoint
DROP TABLE `c6`;--> statement-breakpoint
DROP TABLE `c5`;--> statement-breakpoint
DROP TABLE `c4`;--> statement-breakpoint
DROP TABLE `c1`;--> statement-breakpoint
CREATE TABLE `c1` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` real
);
--> statement-breakpoint
CREATE TABLE `c2` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` real,
	`prev_id` integer NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `c1`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c4` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` real,
	`prev_id` integer NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `c3`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c5` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` real,
	`prev_id` integer NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `c4`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c6` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` real,
	`prev_id` integer NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `c5`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `c1`(`id`,`v`) SELECT `id`, `v` FROM `__old_c1`;--> statement-breakpoint
INSERT INTO `c2`(`id`,`v`,`prev_id`) SELECT `id`, `v`, `prev_id` FROM `__old_c2`;--> statement-breakpoint
INSERT INTO `c3`(`id`,`v`,`prev_id`) SELECT `id`,`v`,`prev_id` FROM `__old_c3`;--> statement-breakpoint
INSERT INTO `c4`(`id`,`v`,`prev_id`) SELECT `id`, `v`, `prev_id` FROM `__old_c4`;--> statement-breakpoint
INSERT INTO `c5`(`id`,`v`,`prev_id`) SELECT `id`, `v`, `prev_id` FROM `__old_c5`;--> statement-breakpoint
INSERT INTO `c6`(`id`,`v`,`prev_id`) SELECT `id`, `v`, `prev_id` FROM `__old_c6`;--> statement-breakpoint
DROP TABLE `__old_c1`;--> statement-breakpoint
DROP TABLE `__old_c2`;--> statement-breakpoint
DROP TABLE `__old_c3`;--> statement-breakpoint
DROP TABLE `__old_c4`;--> statement-breakpoint
DROP TABLE `__old_c5`;--> statement-breakpoint
DROP TABLE `__old_c6`;--> statement-breakpoint
PRAGMA foreign_keys=ON;