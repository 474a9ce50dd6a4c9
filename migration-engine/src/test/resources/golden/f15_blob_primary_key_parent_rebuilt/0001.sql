PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_devices` AS SELECT * FROM `devices`;--> statement-breakpoint
CREATE TABLE `__old_readings` AS SELECT * FROM `readings`;--> statement-breakpoint
CREATE TABLE `__old_assignments` AS SELECT * FROM `assignments`;--> statement-breakpoint
DELETE FROM `assignments`;--> statement-breakpoint
DELETE FROM `readings`;--> statement-breakpoint
DROP TABLE `devices`;--> statement-breakpoint
CREATE TABLE `devices` (
	`uuid` blob PRIMARY KEY NOT NULL,
	`name` text,
	`active` integer DEFAULT true NOT NULL,
	CONSTRAINT "devices_uuid_size" CHECK(length("uuid") in (1, 16))
);
--> statement-breakpoint
INSERT INTO `devices`(`uuid`,`name`) SELECT `uuid`, `name` FROM `__old_devices`;--> statement-breakpoint
INSERT INTO `readings`(`id`,`device`,`value`) SELECT `id`,`device`,`value` FROM `__old_readings`;--> statement-breakpoint
INSERT INTO `assignments`(`id`,`device`) SELECT `id`,`device` FROM `__old_assignments`;--> statement-breakpoint
DROP TABLE `__old_devices`;--> statement-breakpoint
DROP TABLE `__old_readings`;--> statement-breakpoint
DROP TABLE `__old_assignments`;--> statement-breakpoint
PRAGMA foreign_keys=ON;