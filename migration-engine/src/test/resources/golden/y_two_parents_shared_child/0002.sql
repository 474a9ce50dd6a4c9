PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `p2` RENAME TO `p_two`;--> statement-breakpoint
CREATE TABLE `__old_p_two` AS SELECT * FROM `p_two`;--> statement-breakpoint
CREATE TABLE `__old_p1` AS SELECT * FROM `p1`;--> statement-breakpoint
CREATE TABLE `__old_child` AS SELECT * FROM `child`;--> statement-breakpoint
CREATE TABLE `__old_grandchild` AS SELECT * FROM `grandchild`;--> statement-breakpoint
DELETE FROM `grandchild`;--> statement-breakpoint
DROP TABLE `child`;--> statement-breakpoint
DROP TABLE `p1`;--> statement-breakpoint
DROP TABLE `p_two`;--> statement-breakpoint
CREATE TABLE `p_two` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'anon' NOT NULL,
	`extra` blob,
	CONSTRAINT "p2_name_len" CHECK(length("name") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `p_two_name_unique` ON `p_two` (`name`);--> statement-breakpoint
CREATE TABLE `p1` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` real
);
--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`p1_id` integer DEFAULT 1 NOT NULL,
	`p2_name` text,
	FOREIGN KEY (`p1_id`) REFERENCES `p1`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`p2_name`) REFERENCES `p_two`(`name`) ON UPDATE cascade ON DELETE restrict,
	CONSTRAINT "child_id_pos" CHECK("id" > 0)
);
--> statement-breakpoint
INSERT INTO `p_two`(`id`,`name`) SELECT `id`, `name` FROM `__old_p_two`;--> statement-breakpoint
INSERT INTO `p1`(`id`,`v`) SELECT `id`, `v` FROM `__old_p1`;--> statement-breakpoint
INSERT INTO `child`(`id`,`p1_id`,`p2_name`) SELECT `id`, coalesce(`p1_id`, 1), `p2_name` FROM `__old_child`;--> statement-breakpoint
INSERT INTO `grandchild`(`id`,`child_id`) SELECT `id`,`child_id` FROM `__old_grandchild`;--> statement-breakpoint
DROP TABLE `__old_p_two`;--> statement-breakpoint
DROP TABLE `__old_p1`;--> statement-breakpoint
DROP TABLE `__old_child`;--> statement-breakpoint
DROP TABLE `__old_grandchild`;--> statement-breakpoint
PRAGMA foreign_keys=ON;