PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t00` ADD `u` integer;--> statement-breakpoint
CREATE TABLE `__old_t05` AS SELECT * FROM `t05`;--> statement-breakpoint
CREATE TABLE `__old_t10` AS SELECT * FROM `t10`;--> statement-breakpoint
CREATE TABLE `__old_t15` AS SELECT * FROM `t15`;--> statement-breakpoint
CREATE TABLE `__old_t20` AS SELECT * FROM `t20`;--> statement-breakpoint
CREATE TABLE `__old_t25` AS SELECT * FROM `t25`;--> statement-breakpoint
CREATE TABLE `__old_t06` AS SELECT * FROM `t06`;--> statement-breakpoint
CREATE TABLE `__old_t16` AS SELECT * FROM `t16`;--> statement-breakpoint
CREATE TABLE `__old_t17` AS SELECT * FROM `t17`;--> statement-breakpoint
CREATE TABLE `__old_t18` AS SELECT * FROM `t18`;--> statement-breakpoint
CREATE TABLE `__old_t21` AS SELECT * FROM `t21`;--> statement-breakpoint
CREATE TABLE `__old_t22` AS SELECT * FROM `t22`;--> statement-breakpoint
CREATE TABLE `__old_t26` AS SELECT * FROM `t26`;--> statement-breakpoint
DELETE FROM `t26`;--> statement-breakpoint
DELETE FROM `t22`;--> statement-breakpoint
DELETE FROM `t21`;--> statement-breakpoint
DELETE FROM `t18`;--> statement-breakpoint
DELETE FROM `t17`;--> statement-breakpoint
DELETE FROM `t16`;--> statement-breakpoint
DELETE FROM `t06`;--> statement-breakpoint
DROP TABLE `t20`;--> statement-breakpoint
DROP TABLE `t15`;--> statement-breakpoint
DROP TABLE `t25`;--> statement-breakpoint
DROP TABLE `t10`;--> statement-breakpoint
DROP TABLE `t05`;--> statement-breakpoint
CREATE TABLE `t05` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	`u` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t04`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "t05_id_pos" CHECK("id" > 0)
);
--> statement-breakpoint
CREATE TABLE `t10` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'dflt' NOT NULL,
	`prev_id` integer,
	`w` real DEFAULT 0,
	`u` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t09`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "t10_id_pos" CHECK("id" > 0)
);
--> statement-breakpoint
CREATE INDEX `t10_v_idx` ON `t10` (`v`);--> statement-breakpoint
CREATE TABLE `t15` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	`root_id` integer DEFAULT 1 NOT NULL,
	`u` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t14`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`root_id`) REFERENCES `t00`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "t15_id_pos" CHECK("id" > 0)
);
--> statement-breakpoint
CREATE TABLE `t20` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	`u` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t19`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "t20_id_pos" CHECK("id" > 0)
);
--> statement-breakpoint
CREATE TABLE `t25` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'dflt' NOT NULL,
	`prev_id` integer,
	`w` real DEFAULT 0,
	`u` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t24`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "t25_id_pos" CHECK("id" > 0)
);
--> statement-breakpoint
CREATE INDEX `t25_v_idx` ON `t25` (`v`);--> statement-breakpoint
INSERT INTO `t05`(`id`,`v`,`prev_id`) SELECT `id`, `v`, `prev_id` FROM `__old_t05`;--> statement-breakpoint
INSERT INTO `t10`(`id`,`v`,`prev_id`,`w`) SELECT `id`, `v`, `prev_id`, `w` FROM `__old_t10`;--> statement-breakpoint
INSERT INTO `t15`(`id`,`v`,`prev_id`,`root_id`) SELECT `id`, `v`, `prev_id`, `root_id` FROM `__old_t15`;--> statement-breakpoint
INSERT INTO `t20`(`id`,`v`,`prev_id`) SELECT `id`, `v`, `prev_id` FROM `__old_t20`;--> statement-breakpoint
INSERT INTO `t25`(`id`,`v`,`prev_id`,`w`) SELECT `id`, `v`, `prev_id`, `w` FROM `__old_t25`;--> statement-breakpoint
INSERT INTO `t06`(`id`,`v`,`prev_id`,`root_id`) SELECT `id`,`v`,`prev_id`,`root_id` FROM `__old_t06`;--> statement-breakpoint
INSERT INTO `t16`(`id`,`v`,`prev_id`,`w`) SELECT `id`,`v`,`prev_id`,`w` FROM `__old_t16`;--> statement-breakpoint
INSERT INTO `t17`(`id`,`v`,`prev_id`) SELECT `id`,`v`,`prev_id` FROM `__old_t17`;--> statement-breakpoint
INSERT INTO `t18`(`id`,`v`,`prev_id`,`root_id`) SELECT `id`,`v`,`prev_id`,`root_id` FROM `__old_t18`;--> statement-breakpoint
INSERT INTO `t21`(`id`,`v`,`prev_id`,`root_id`) SELECT `id`,`v`,`prev_id`,`root_id` FROM `__old_t21`;--> statement-breakpoint
INSERT INTO `t22`(`id`,`v`,`prev_id`,`w`) SELECT `id`,`v`,`prev_id`,`w` FROM `__old_t22`;--> statement-breakpoint
INSERT INTO `t26`(`id`,`v`,`prev_id`) SELECT `id`,`v`,`prev_id` FROM `__old_t26`;--> statement-breakpoint
DROP TABLE `__old_t05`;--> statement-breakpoint
DROP TABLE `__old_t10`;--> statement-breakpoint
DROP TABLE `__old_t15`;--> statement-breakpoint
DROP TABLE `__old_t20`;--> statement-breakpoint
DROP TABLE `__old_t25`;--> statement-breakpoint
DROP TABLE `__old_t06`;--> statement-breakpoint
DROP TABLE `__old_t16`;--> statement-breakpoint
DROP TABLE `__old_t17`;--> statement-breakpoint
DROP TABLE `__old_t18`;--> statement-breakpoint
DROP TABLE `__old_t21`;--> statement-breakpoint
DROP TABLE `__old_t22`;--> statement-breakpoint
DROP TABLE `__old_t26`;--> statement-breakpoint
PRAGMA foreign_keys=ON;