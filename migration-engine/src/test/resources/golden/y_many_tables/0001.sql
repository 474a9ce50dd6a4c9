PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_t01` AS SELECT * FROM `t01`;--> statement-breakpoint
CREATE TABLE `__old_t04` AS SELECT * FROM `t04`;--> statement-breakpoint
CREATE TABLE `__old_t05` AS SELECT * FROM `t05`;--> statement-breakpoint
CREATE TABLE `__old_t06` AS SELECT * FROM `t06`;--> statement-breakpoint
CREATE TABLE `__old_t07` AS SELECT * FROM `t07`;--> statement-breakpoint
CREATE TABLE `__old_t08` AS SELECT * FROM `t08`;--> statement-breakpoint
CREATE TABLE `__old_t09` AS SELECT * FROM `t09`;--> statement-breakpoint
CREATE TABLE `__old_t10` AS SELECT * FROM `t10`;--> statement-breakpoint
CREATE TABLE `__old_t13` AS SELECT * FROM `t13`;--> statement-breakpoint
CREATE TABLE `__old_t16` AS SELECT * FROM `t16`;--> statement-breakpoint
CREATE TABLE `__old_t17` AS SELECT * FROM `t17`;--> statement-breakpoint
CREATE TABLE `__old_t18` AS SELECT * FROM `t18`;--> statement-breakpoint
CREATE TABLE `__old_t19` AS SELECT * FROM `t19`;--> statement-breakpoint
CREATE TABLE `__old_t20` AS SELECT * FROM `t20`;--> statement-breakpoint
CREATE TABLE `__old_t21` AS SELECT * FROM `t21`;--> statement-breakpoint
CREATE TABLE `__old_t22` AS SELECT * FROM `t22`;--> statement-breakpoint
CREATE TABLE `__old_t25` AS SELECT * FROM `t25`;--> statement-breakpoint
CREATE TABLE `__old_t28` AS SELECT * FROM `t28`;--> statement-breakpoint
CREATE TABLE `__old_t02` AS SELECT * FROM `t02`;--> statement-breakpoint
CREATE TABLE `__old_t14` AS SELECT * FROM `t14`;--> statement-breakpoint
CREATE TABLE `__old_t26` AS SELECT * FROM `t26`;--> statement-breakpoint
CREATE TABLE `__old_t29` AS SELECT * FROM `t29`;--> statement-breakpoint
DELETE FROM `t29`;--> statement-breakpoint
DELETE FROM `t26`;--> statement-breakpoint
DELETE FROM `t14`;--> statement-breakpoint
DELETE FROM `t02`;--> statement-breakpoint
DELETE FROM `t21`;--> statement-breakpoint
DELETE FROM `t20`;--> statement-breakpoint
DELETE FROM `t18`;--> statement-breakpoint
DELETE FROM `t17`;--> statement-breakpoint
DELETE FROM `t09`;--> statement-breakpoint
DELETE FROM `t08`;--> statement-breakpoint
DELETE FROM `t06`;--> statement-breakpoint
DELETE FROM `t05`;--> statement-breakpoint
DROP TABLE `t28`;--> statement-breakpoint
DROP TABLE `t19`;--> statement-breakpoint
DROP TABLE `t16`;--> statement-breakpoint
DROP TABLE `t07`;--> statement-breakpoint
DROP TABLE `t04`;--> statement-breakpoint
DROP TABLE `t25`;--> statement-breakpoint
DROP TABLE `t22`;--> statement-breakpoint
DROP TABLE `t13`;--> statement-breakpoint
DROP TABLE `t10`;--> statement-breakpoint
DROP TABLE `t01`;--> statement-breakpoint
CREATE TABLE `t01` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'dflt' NOT NULL,
	`prev_id` integer,
	`w` real DEFAULT 0,
	FOREIGN KEY (`prev_id`) REFERENCES `t00`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `t01_v_idx` ON `t01` (`v`);--> statement-breakpoint
CREATE TABLE `t04` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'dflt' NOT NULL,
	`prev_id` integer,
	`w` real DEFAULT 0,
	FOREIGN KEY (`prev_id`) REFERENCES `t03`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `t04_v_idx` ON `t04` (`v`);--> statement-breakpoint
CREATE TABLE `t07` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'dflt' NOT NULL,
	`prev_id` integer,
	`w` real DEFAULT 0,
	FOREIGN KEY (`prev_id`) REFERENCES `t06`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `t07_v_idx` ON `t07` (`v`);--> statement-breakpoint
CREATE TABLE `t10` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'dflt' NOT NULL,
	`prev_id` integer,
	`w` real DEFAULT 0,
	FOREIGN KEY (`prev_id`) REFERENCES `t09`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `t10_v_idx` ON `t10` (`v`);--> statement-breakpoint
CREATE TABLE `t13` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'dflt' NOT NULL,
	`prev_id` integer,
	`w` real DEFAULT 0,
	FOREIGN KEY (`prev_id`) REFERENCES `t12`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `t13_v_idx` ON `t13` (`v`);--> statement-breakpoint
CREATE TABLE `t16` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'dflt' NOT NULL,
	`prev_id` integer,
	`w` real DEFAULT 0,
	FOREIGN KEY (`prev_id`) REFERENCES `t15`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `t16_v_idx` ON `t16` (`v`);--> statement-breakpoint
CREATE TABLE `t19` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'dflt' NOT NULL,
	`prev_id` integer,
	`w` real DEFAULT 0,
	FOREIGN KEY (`prev_id`) REFERENCES `t18`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `t19_v_idx` ON `t19` (`v`);--> statement-breakpoint
CREATE TABLE `t22` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'dflt' NOT NULL,
	`prev_id` integer,
	`w` real DEFAULT 0,
	FOREIGN KEY (`prev_id`) REFERENCES `t21`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `t22_v_idx` ON `t22` (`v`);--> statement-breakpoint
CREATE TABLE `t25` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'dflt' NOT NULL,
	`prev_id` integer,
	`w` real DEFAULT 0,
	FOREIGN KEY (`prev_id`) REFERENCES `t24`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `t25_v_idx` ON `t25` (`v`);--> statement-breakpoint
CREATE TABLE `t28` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'dflt' NOT NULL,
	`prev_id` integer,
	`w` real DEFAULT 0,
	FOREIGN KEY (`prev_id`) REFERENCES `t27`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `t28_v_idx` ON `t28` (`v`);--> statement-breakpoint
INSERT INTO `t01`(`id`,`v`,`prev_id`) SELECT `id`, coalesce(`v`, 'dflt'), `prev_id` FROM `__old_t01`;--> statement-breakpoint
INSERT INTO `t04`(`id`,`v`,`prev_id`) SELECT `id`, coalesce(`v`, 'dflt'), `prev_id` FROM `__old_t04`;--> statement-breakpoint
INSERT INTO `t05`(`id`,`v`,`prev_id`) SELECT `id`,`v`,`prev_id` FROM `__old_t05`;--> statement-breakpoint
INSERT INTO `t06`(`id`,`v`,`prev_id`,`root_id`) SELECT `id`,`v`,`prev_id`,`root_id` FROM `__old_t06`;--> statement-breakpoint
INSERT INTO `t07`(`id`,`v`,`prev_id`) SELECT `id`, coalesce(`v`, 'dflt'), `prev_id` FROM `__old_t07`;--> statement-breakpoint
INSERT INTO `t08`(`id`,`v`,`prev_id`) SELECT `id`,`v`,`prev_id` FROM `__old_t08`;--> statement-breakpoint
INSERT INTO `t09`(`id`,`v`,`prev_id`,`root_id`) SELECT `id`,`v`,`prev_id`,`root_id` FROM `__old_t09`;--> statement-breakpoint
INSERT INTO `t10`(`id`,`v`,`prev_id`) SELECT `id`, coalesce(`v`, 'dflt'), `prev_id` FROM `__old_t10`;--> statement-breakpoint
INSERT INTO `t13`(`id`,`v`,`prev_id`) SELECT `id`, coalesce(`v`, 'dflt'), `prev_id` FROM `__old_t13`;--> statement-breakpoint
INSERT INTO `t16`(`id`,`v`,`prev_id`) SELECT `id`, coalesce(`v`, 'dflt'), `prev_id` FROM `__old_t16`;--> statement-breakpoint
INSERT INTO `t17`(`id`,`v`,`prev_id`) SELECT `id`,`v`,`prev_id` FROM `__old_t17`;--> statement-breakpoint
INSERT INTO `t18`(`id`,`v`,`prev_id`,`root_id`) SELECT `id`,`v`,`prev_id`,`root_id` FROM `__old_t18`;--> statement-breakpoint
INSERT INTO `t19`(`id`,`v`,`prev_id`) SELECT `id`, coalesce(`v`, 'dflt'), `prev_id` FROM `__old_t19`;--> statement-breakpoint
INSERT INTO `t20`(`id`,`v`,`prev_id`) SELECT `id`,`v`,`prev_id` FROM `__old_t20`;--> statement-breakpoint
INSERT INTO `t21`(`id`,`v`,`prev_id`,`root_id`) SELECT `id`,`v`,`prev_id`,`root_id` FROM `__old_t21`;--> statement-breakpoint
INSERT INTO `t22`(`id`,`v`,`prev_id`) SELECT `id`, coalesce(`v`, 'dflt'), `prev_id` FROM `__old_t22`;--> statement-breakpoint
INSERT INTO `t25`(`id`,`v`,`prev_id`) SELECT `id`, coalesce(`v`, 'dflt'), `prev_id` FROM `__old_t25`;--> statement-breakpoint
INSERT INTO `t28`(`id`,`v`,`prev_id`) SELECT `id`, coalesce(`v`, 'dflt'), `prev_id` FROM `__old_t28`;--> statement-breakpoint
INSERT INTO `t02`(`id`,`v`,`prev_id`) SELECT `id`,`v`,`prev_id` FROM `__old_t02`;--> statement-breakpoint
INSERT INTO `t14`(`id`,`v`,`prev_id`) SELECT `id`,`v`,`prev_id` FROM `__old_t14`;--> statement-breakpoint
INSERT INTO `t26`(`id`,`v`,`prev_id`) SELECT `id`,`v`,`prev_id` FROM `__old_t26`;--> statement-breakpoint
INSERT INTO `t29`(`id`,`v`,`prev_id`) SELECT `id`,`v`,`prev_id` FROM `__old_t29`;--> statement-breakpoint
DROP TABLE `__old_t01`;--> statement-breakpoint
DROP TABLE `__old_t04`;--> statement-breakpoint
DROP TABLE `__old_t05`;--> statement-breakpoint
DROP TABLE `__old_t06`;--> statement-breakpoint
DROP TABLE `__old_t07`;--> statement-breakpoint
DROP TABLE `__old_t08`;--> statement-breakpoint
DROP TABLE `__old_t09`;--> statement-breakpoint
DROP TABLE `__old_t10`;--> statement-breakpoint
DROP TABLE `__old_t13`;--> statement-breakpoint
DROP TABLE `__old_t16`;--> statement-breakpoint
DROP TABLE `__old_t17`;--> statement-breakpoint
DROP TABLE `__old_t18`;--> statement-breakpoint
DROP TABLE `__old_t19`;--> statement-breakpoint
DROP TABLE `__old_t20`;--> statement-breakpoint
DROP TABLE `__old_t21`;--> statement-breakpoint
DROP TABLE `__old_t22`;--> statement-breakpoint
DROP TABLE `__old_t25`;--> statement-breakpoint
DROP TABLE `__old_t28`;--> statement-breakpoint
DROP TABLE `__old_t02`;--> statement-breakpoint
DROP TABLE `__old_t14`;--> statement-breakpoint
DROP TABLE `__old_t26`;--> statement-breakpoint
DROP TABLE `__old_t29`;--> statement-breakpoint
PRAGMA foreign_keys=ON;