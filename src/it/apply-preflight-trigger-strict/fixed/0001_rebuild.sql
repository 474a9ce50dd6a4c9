PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	CONSTRAINT "items_name_not_empty" CHECK(length("__new_items"."name") > 0)
);
--> statement-breakpoint
INSERT INTO `__new_items`("id", "name") SELECT "id", "name" FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `__new_items` RENAME TO `items`;--> statement-breakpoint
CREATE TABLE `__new_readings` (
	`id` integer PRIMARY KEY NOT NULL,
	`value` integer NOT NULL,
	CONSTRAINT "readings_value_positive" CHECK("__new_readings"."value" > 0)
) STRICT;
--> statement-breakpoint
INSERT INTO `__new_readings`("id", "value") SELECT "id", "value" FROM `readings`;--> statement-breakpoint
DROP TABLE `readings`;--> statement-breakpoint
ALTER TABLE `__new_readings` RENAME TO `readings`;--> statement-breakpoint
PRAGMA foreign_keys=ON;
