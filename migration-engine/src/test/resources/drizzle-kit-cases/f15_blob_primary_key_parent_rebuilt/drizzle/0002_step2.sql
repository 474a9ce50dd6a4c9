PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_devices` (
	`device_id` blob PRIMARY KEY NOT NULL,
	`name` text,
	`active` integer DEFAULT true NOT NULL,
	CONSTRAINT "devices_uuid_size" CHECK(length("__new_devices"."device_id") in (1, 16))
);
--> statement-breakpoint
INSERT INTO `__new_devices`("device_id", "name", "active") SELECT "device_id", "name", "active" FROM `devices`;--> statement-breakpoint
DROP TABLE `devices`;--> statement-breakpoint
ALTER TABLE `__new_devices` RENAME TO `devices`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_assignments` (
	`id` integer PRIMARY KEY NOT NULL,
	`dev` blob,
	FOREIGN KEY (`dev`) REFERENCES `devices`(`device_id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_assignments`("id", "dev") SELECT "id", "dev" FROM `assignments`;--> statement-breakpoint
DROP TABLE `assignments`;--> statement-breakpoint
ALTER TABLE `__new_assignments` RENAME TO `assignments`;--> statement-breakpoint
CREATE TABLE `__new_readings` (
	`id` integer PRIMARY KEY NOT NULL,
	`device` blob NOT NULL,
	`value` real,
	FOREIGN KEY (`device`) REFERENCES `devices`(`device_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_readings`("id", "device", "value") SELECT "id", "device", "value" FROM `readings`;--> statement-breakpoint
DROP TABLE `readings`;--> statement-breakpoint
ALTER TABLE `__new_readings` RENAME TO `readings`;