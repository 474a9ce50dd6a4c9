PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_p1` AS SELECT * FROM `p1`;--> statement-breakpoint
CREATE TABLE `__old_p2` AS SELECT * FROM `p2`;--> statement-breakpoint
CREATE TABLE `__old_child` AS SELECT * FROM `child`;--> statement-breakpoint
CREATE TABLE `__old_grandchild` AS SELECT * FROM `grandchild`;--> statement-breakpoint
DELETE FROM `grandchild`;--> statement-breakpoint
DROP TABLE `child`;--> statement-breakpoint
DROP TABLE `p2`;--> statement-breakpoint
DROP TABLE `p1`;--> statement-breakpoint
CREATE TABLE `p1` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` integer
);
--> statement-breakpoint
CREATE TABLE `p2` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'anon' NOT NULL,
	CONSTRAINT "p2_name_len" CHECK(length("name") > 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `p2_name_unique` ON `p2` (`name`);--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`p1_id` integer,
	`p2_name` text,
	FOREIGN KEY (`p1_id`) REFERENCES `p1`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`p2_name`) REFERENCES `p2`(`name`) ON UPDATE cascade ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `p1`(`id`,`v`) SELECT `id`, `v` FROM `__old_p1`;--> statement-breakpoint
INSERT INTO `p2`(`id`,`name`) SELECT `id`, coalesce(`name`, 'anon') FROM `__old_p2`;--> statement-breakpoint
INSERT INTO `child`(`id`,`p1_id`,`p2_name`) SELECT `id`, `p1_id`, `p2_name` FROM `__old_child`;--> statement-breakpoint
INSERT INTO `grandchild`(`id`,`child_id`) SELECT `id`,`child_id` FROM `__old_grandchild`;--> statement-breakpoint
DROP TABLE `__old_p1`;--> statement-breakpoint
DROP TABLE `__old_p2`;--> statement-breakpoint
DROP TABLE `__old_child`;--> statement-breakpoint
DROP TABLE `__old_grandchild`;--> statement-breakpoint
PRAGMA foreign_keys=ON;