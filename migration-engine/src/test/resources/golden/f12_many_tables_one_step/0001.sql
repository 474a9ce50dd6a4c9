PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t01` RENAME TO `r01`;--> statement-breakpoint
ALTER TABLE `t05` RENAME TO `r05`;--> statement-breakpoint
ALTER TABLE `t09` RENAME TO `r09`;--> statement-breakpoint
ALTER TABLE `t13` RENAME TO `r13`;--> statement-breakpoint
ALTER TABLE `t17` RENAME TO `r17`;--> statement-breakpoint
ALTER TABLE `t21` RENAME TO `r21`;--> statement-breakpoint
ALTER TABLE `t02` ADD `x` text DEFAULT 'z';--> statement-breakpoint
ALTER TABLE `t06` ADD `x` text DEFAULT 'z';--> statement-breakpoint
ALTER TABLE `t10` ADD `x` text DEFAULT 'z';--> statement-breakpoint
ALTER TABLE `t14` ADD `x` text DEFAULT 'z';--> statement-breakpoint
ALTER TABLE `t18` ADD `x` text DEFAULT 'z';--> statement-breakpoint
CREATE INDEX `t02_v_idx` ON `t02` (`v`);--> statement-breakpoint
CREATE INDEX `t06_v_idx` ON `t06` (`v`);--> statement-breakpoint
CREATE INDEX `t10_v_idx` ON `t10` (`v`);--> statement-breakpoint
CREATE INDEX `t14_v_idx` ON `t14` (`v`);--> statement-breakpoint
CREATE INDEX `t18_v_idx` ON `t18` (`v`);--> statement-breakpoint
CREATE TABLE `__old_hub` AS SELECT * FROM `hub`;--> statement-breakpoint
CREATE TABLE `__old_t00` AS SELECT * FROM `t00`;--> statement-breakpoint
CREATE TABLE `__old_t03` AS SELECT * FROM `t03`;--> statement-breakpoint
CREATE TABLE `__old_t04` AS SELECT * FROM `t04`;--> statement-breakpoint
CREATE TABLE `__old_t07` AS SELECT * FROM `t07`;--> statement-breakpoint
CREATE TABLE `__old_t08` AS SELECT * FROM `t08`;--> statement-breakpoint
CREATE TABLE `__old_t11` AS SELECT * FROM `t11`;--> statement-breakpoint
CREATE TABLE `__old_t12` AS SELECT * FROM `t12`;--> statement-breakpoint
CREATE TABLE `__old_t15` AS SELECT * FROM `t15`;--> statement-breakpoint
CREATE TABLE `__old_t16` AS SELECT * FROM `t16`;--> statement-breakpoint
CREATE TABLE `__old_t19` AS SELECT * FROM `t19`;--> statement-breakpoint
CREATE TABLE `__old_t20` AS SELECT * FROM `t20`;--> statement-breakpoint
CREATE TABLE `__old_r01` AS SELECT * FROM `r01`;--> statement-breakpoint
CREATE TABLE `__old_t02` AS SELECT * FROM `t02`;--> statement-breakpoint
CREATE TABLE `__old_r05` AS SELECT * FROM `r05`;--> statement-breakpoint
CREATE TABLE `__old_t06` AS SELECT * FROM `t06`;--> statement-breakpoint
CREATE TABLE `__old_r09` AS SELECT * FROM `r09`;--> statement-breakpoint
CREATE TABLE `__old_t10` AS SELECT * FROM `t10`;--> statement-breakpoint
CREATE TABLE `__old_r13` AS SELECT * FROM `r13`;--> statement-breakpoint
CREATE TABLE `__old_t14` AS SELECT * FROM `t14`;--> statement-breakpoint
CREATE TABLE `__old_r17` AS SELECT * FROM `r17`;--> statement-breakpoint
CREATE TABLE `__old_t18` AS SELECT * FROM `t18`;--> statement-breakpoint
CREATE TABLE `__old_r21` AS SELECT * FROM `r21`;--> statement-breakpoint
DELETE FROM `r21`;--> statement-breakpoint
DELETE FROM `t18`;--> statement-breakpoint
DELETE FROM `r17`;--> statement-breakpoint
DELETE FROM `t14`;--> statement-breakpoint
DELETE FROM `r13`;--> statement-breakpoint
DELETE FROM `t10`;--> statement-breakpoint
DELETE FROM `r09`;--> statement-breakpoint
DELETE FROM `t06`;--> statement-breakpoint
DELETE FROM `r05`;--> statement-breakpoint
DELETE FROM `t02`;--> statement-breakpoint
DELETE FROM `r01`;--> statement-breakpoint
DROP TABLE `t20`;--> statement-breakpoint
DROP TABLE `t19`;--> statement-breakpoint
DROP TABLE `t16`;--> statement-breakpoint
DROP TABLE `t15`;--> statement-breakpoint
DROP TABLE `t12`;--> statement-breakpoint
DROP TABLE `t11`;--> statement-breakpoint
DROP TABLE `t08`;--> statement-breakpoint
DROP TABLE `t07`;--> statement-breakpoint
DROP TABLE `t04`;--> statement-breakpoint
DROP TABLE `t03`;--> statement-breakpoint
DROP TABLE `t00`;--> statement-breakpoint
DROP TABLE `hub`;--> statement-breakpoint
CREATE TABLE `hub` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'hub' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `t00` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` real,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t03` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text DEFAULT '-' NOT NULL,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t04` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` real,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t07` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text DEFAULT '-' NOT NULL,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t08` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` real,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t11` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text DEFAULT '-' NOT NULL,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t12` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` real,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t15` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text DEFAULT '-' NOT NULL,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t16` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` real,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t19` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text DEFAULT '-' NOT NULL,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t20` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` real,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `hub`(`id`,`name`) SELECT `id`, coalesce(`name`, 'hub') FROM `__old_hub`;--> statement-breakpoint
INSERT INTO `t00`(`id`,`hub_id`,`v`,`w`) SELECT `id`, `hub_id`, `v`, `w` FROM `__old_t00`;--> statement-breakpoint
INSERT INTO `t03`(`id`,`hub_id`,`v`,`w`) SELECT `id`, `hub_id`, coalesce(`v`, '-'), `w` FROM `__old_t03`;--> statement-breakpoint
INSERT INTO `t04`(`id`,`hub_id`,`v`,`w`) SELECT `id`, `hub_id`, `v`, `w` FROM `__old_t04`;--> statement-breakpoint
INSERT INTO `t07`(`id`,`hub_id`,`v`,`w`) SELECT `id`, `hub_id`, coalesce(`v`, '-'), `w` FROM `__old_t07`;--> statement-breakpoint
INSERT INTO `t08`(`id`,`hub_id`,`v`,`w`) SELECT `id`, `hub_id`, `v`, `w` FROM `__old_t08`;--> statement-breakpoint
INSERT INTO `t11`(`id`,`hub_id`,`v`,`w`) SELECT `id`, `hub_id`, coalesce(`v`, '-'), `w` FROM `__old_t11`;--> statement-breakpoint
INSERT INTO `t12`(`id`,`hub_id`,`v`,`w`) SELECT `id`, `hub_id`, `v`, `w` FROM `__old_t12`;--> statement-breakpoint
INSERT INTO `t15`(`id`,`hub_id`,`v`,`w`) SELECT `id`, `hub_id`, coalesce(`v`, '-'), `w` FROM `__old_t15`;--> statement-breakpoint
INSERT INTO `t16`(`id`,`hub_id`,`v`,`w`) SELECT `id`, `hub_id`, `v`, `w` FROM `__old_t16`;--> statement-breakpoint
INSERT INTO `t19`(`id`,`hub_id`,`v`,`w`) SELECT `id`, `hub_id`, coalesce(`v`, '-'), `w` FROM `__old_t19`;--> statement-breakpoint
INSERT INTO `t20`(`id`,`hub_id`,`v`,`w`) SELECT `id`, `hub_id`, `v`, `w` FROM `__old_t20`;--> statement-breakpoint
INSERT INTO `r01`(`id`,`hub_id`,`v`,`w`) SELECT `id`,`hub_id`,`v`,`w` FROM `__old_r01`;--> statement-breakpoint
INSERT INTO `t02`(`id`,`hub_id`,`v`,`w`,`x`) SELECT `id`,`hub_id`,`v`,`w`,`x` FROM `__old_t02`;--> statement-breakpoint
INSERT INTO `r05`(`id`,`hub_id`,`v`,`w`) SELECT `id`,`hub_id`,`v`,`w` FROM `__old_r05`;--> statement-breakpoint
INSERT INTO `t06`(`id`,`hub_id`,`v`,`w`,`x`) SELECT `id`,`hub_id`,`v`,`w`,`x` FROM `__old_t06`;--> statement-breakpoint
INSERT INTO `r09`(`id`,`hub_id`,`v`,`w`) SELECT `id`,`hub_id`,`v`,`w` FROM `__old_r09`;--> statement-breakpoint
INSERT INTO `t10`(`id`,`hub_id`,`v`,`w`,`x`) SELECT `id`,`hub_id`,`v`,`w`,`x` FROM `__old_t10`;--> statement-breakpoint
INSERT INTO `r13`(`id`,`hub_id`,`v`,`w`) SELECT `id`,`hub_id`,`v`,`w` FROM `__old_r13`;--> statement-breakpoint
INSERT INTO `t14`(`id`,`hub_id`,`v`,`w`,`x`) SELECT `id`,`hub_id`,`v`,`w`,`x` FROM `__old_t14`;--> statement-breakpoint
INSERT INTO `r17`(`id`,`hub_id`,`v`,`w`) SELECT `id`,`hub_id`,`v`,`w` FROM `__old_r17`;--> statement-breakpoint
INSERT INTO `t18`(`id`,`hub_id`,`v`,`w`,`x`) SELECT `id`,`hub_id`,`v`,`w`,`x` FROM `__old_t18`;--> statement-breakpoint
INSERT INTO `r21`(`id`,`hub_id`,`v`,`w`) SELECT `id`,`hub_id`,`v`,`w` FROM `__old_r21`;--> statement-breakpoint
DROP TABLE `__old_hub`;--> statement-breakpoint
DROP TABLE `__old_t00`;--> statement-breakpoint
DROP TABLE `__old_t03`;--> statement-breakpoint
DROP TABLE `__old_t04`;--> statement-breakpoint
DROP TABLE `__old_t07`;--> statement-breakpoint
DROP TABLE `__old_t08`;--> statement-breakpoint
DROP TABLE `__old_t11`;--> statement-breakpoint
DROP TABLE `__old_t12`;--> statement-breakpoint
DROP TABLE `__old_t15`;--> statement-breakpoint
DROP TABLE `__old_t16`;--> statement-breakpoint
DROP TABLE `__old_t19`;--> statement-breakpoint
DROP TABLE `__old_t20`;--> statement-breakpoint
DROP TABLE `__old_r01`;--> statement-breakpoint
DROP TABLE `__old_t02`;--> statement-breakpoint
DROP TABLE `__old_r05`;--> statement-breakpoint
DROP TABLE `__old_t06`;--> statement-breakpoint
DROP TABLE `__old_r09`;--> statement-breakpoint
DROP TABLE `__old_t10`;--> statement-breakpoint
DROP TABLE `__old_r13`;--> statement-breakpoint
DROP TABLE `__old_t14`;--> statement-breakpoint
DROP TABLE `__old_r17`;--> statement-breakpoint
DROP TABLE `__old_t18`;--> statement-breakpoint
DROP TABLE `__old_r21`;--> statement-breakpoint
PRAGMA foreign_keys=ON;