PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_c_cascade` AS SELECT * FROM `c_cascade`;--> statement-breakpoint
CREATE TABLE `__old_c_set_null` AS SELECT * FROM `c_set_null`;--> statement-breakpoint
CREATE TABLE `__old_c_set_default` AS SELECT * FROM `c_set_default`;--> statement-breakpoint
CREATE TABLE `__old_c_restrict` AS SELECT * FROM `c_restrict`;--> statement-breakpoint
CREATE TABLE `__old_c_no_action` AS SELECT * FROM `c_no_action`;--> statement-breakpoint
DROP TABLE `c_no_action`;--> statement-breakpoint
DROP TABLE `c_restrict`;--> statement-breakpoint
DROP TABLE `c_set_default`;--> statement-breakpoint
DROP TABLE `c_set_null`;--> statement-breakpoint
DROP TABLE `c_cascade`;--> statement-breakpoint
CREATE TABLE `c_cascade` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner_id` integer
);
--> statement-breakpoint
CREATE TABLE `c_set_null` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner_id` integer
);
--> statement-breakpoint
CREATE TABLE `c_set_default` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner_id` integer DEFAULT 1
);
--> statement-breakpoint
CREATE TABLE `c_restrict` (
	`id` integer PRIMARY KEY NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE TABLE `c_no_action` (
	`id` integer PRIMARY KEY NOT NULL,
	`note` text
);
--> statement-breakpoint
INSERT INTO `c_cascade`(`id`,`owner_id`) SELECT `id`, `owner_id` FROM `__old_c_cascade`;--> statement-breakpoint
INSERT INTO `c_set_null`(`id`,`owner_id`) SELECT `id`, `owner_id` FROM `__old_c_set_null`;--> statement-breakpoint
INSERT INTO `c_set_default`(`id`,`owner_id`) SELECT `id`, `owner_id` FROM `__old_c_set_default`;--> statement-breakpoint
INSERT INTO `c_restrict`(`id`,`note`) SELECT `id`, `note` FROM `__old_c_restrict`;--> statement-breakpoint
INSERT INTO `c_no_action`(`id`,`note`) SELECT `id`, `note` FROM `__old_c_no_action`;--> statement-breakpoint
DROP TABLE `__old_c_cascade`;--> statement-breakpoint
DROP TABLE `__old_c_set_null`;--> statement-breakpoint
DROP TABLE `__old_c_set_default`;--> statement-breakpoint
DROP TABLE `__old_c_restrict`;--> statement-breakpoint
DROP TABLE `__old_c_no_action`;--> statement-breakpoint
DROP TABLE `owners`;--> statement-breakpoint
PRAGMA foreign_keys=ON;