DROP TABLE `owners`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_c_cascade` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner_id` integer
);
--> statement-breakpoint
INSERT INTO `__new_c_cascade`("id", "owner_id") SELECT "id", "owner_id" FROM `c_cascade`;--> statement-breakpoint
DROP TABLE `c_cascade`;--> statement-breakpoint
ALTER TABLE `__new_c_cascade` RENAME TO `c_cascade`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_c_set_null` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner_id` integer
);
--> statement-breakpoint
INSERT INTO `__new_c_set_null`("id", "owner_id") SELECT "id", "owner_id" FROM `c_set_null`;--> statement-breakpoint
DROP TABLE `c_set_null`;--> statement-breakpoint
ALTER TABLE `__new_c_set_null` RENAME TO `c_set_null`;--> statement-breakpoint
CREATE TABLE `__new_c_set_default` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner_id` integer DEFAULT 1
);
--> statement-breakpoint
INSERT INTO `__new_c_set_default`("id", "owner_id") SELECT "id", "owner_id" FROM `c_set_default`;--> statement-breakpoint
DROP TABLE `c_set_default`;--> statement-breakpoint
ALTER TABLE `__new_c_set_default` RENAME TO `c_set_default`;--> statement-breakpoint
CREATE TABLE `__new_c_restrict` (
	`id` integer PRIMARY KEY NOT NULL,
	`note` text
);
--> statement-breakpoint
INSERT INTO `__new_c_restrict`("id", "note") SELECT "id", "note" FROM `c_restrict`;--> statement-breakpoint
DROP TABLE `c_restrict`;--> statement-breakpoint
ALTER TABLE `__new_c_restrict` RENAME TO `c_restrict`;--> statement-breakpoint
CREATE TABLE `__new_c_no_action` (
	`id` integer PRIMARY KEY NOT NULL,
	`note` text
);
--> statement-breakpoint
INSERT INTO `__new_c_no_action`("id", "note") SELECT "id", "note" FROM `c_no_action`;--> statement-breakpoint
DROP TABLE `c_no_action`;--> statement-breakpoint
ALTER TABLE `__new_c_no_action` RENAME TO `c_no_action`;