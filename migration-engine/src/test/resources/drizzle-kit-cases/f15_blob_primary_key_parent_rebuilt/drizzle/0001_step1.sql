PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_devices` (
	`uuid` blob PRIMARY KEY NOT NULL,
	`name` text,
	`active` integer DEFAULT true NOT NULL,
	CONSTRAINT "devices_uuid_size" CHECK(length("__new_devices"."uuid") in (1, 16))
);
--> statement-breakpoint
INSERT INTO `__new_devices`("uuid", "name", "active") SELECT "uuid", "name", "active" FROM `devices`;--> statement-breakpoint
DROP TABLE `devices`;--> statement-breakpoint
ALTER TABLE `__new_devices` RENAME TO `devices`;--> statement-breakpoint
PRAGMA foreign_keys=ON;