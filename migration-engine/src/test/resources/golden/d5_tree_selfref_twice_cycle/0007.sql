PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_categories` AS SELECT * FROM `categories`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
CREATE TABLE `__old_a2` AS SELECT * FROM `a2`;--> statement-breakpoint
DELETE FROM `b`;--> statement-breakpoint
DELETE FROM `c`;--> statement-breakpoint
DROP TABLE `a2`;--> statement-breakpoint
DROP TABLE `categories`;--> statement-breakpoint
CREATE TABLE `categories` (
	`cat_id` text PRIMARY KEY NOT NULL,
	`parent` text,
	`root_id` text,
	`name` text DEFAULT '' NOT NULL,
	`depth` real DEFAULT 0,
	FOREIGN KEY (`parent`) REFERENCES `categories`(`cat_id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`root_id`) REFERENCES `categories`(`cat_id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "depth_ok" CHECK("depth" >= 0 AND (("parent" IS NULL) = ("depth" = 0)) AND ("root_id" IS NULL OR "root_id" <= "cat_id"))
);
--> statement-breakpoint
CREATE INDEX `nodes_parent_idx` ON `categories` (`parent`,`name`);--> statement-breakpoint
CREATE INDEX `nodes_root_idx` ON `categories` (`root_id`,`depth`,`cat_id`);--> statement-breakpoint
CREATE TABLE `a2` (
	`id` integer PRIMARY KEY NOT NULL,
	`b_id` integer,
	`node_id` text,
	FOREIGN KEY (`b_id`) REFERENCES `b`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`node_id`) REFERENCES `categories`(`cat_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `categories`(`cat_id`,`parent`,`root_id`,`name`,`depth`) SELECT `cat_id`, `parent`, `root_id`, `name`, `depth` FROM `__old_categories`;--> statement-breakpoint
INSERT INTO `c`(`id`,`a_id`,`label`) SELECT `id`,`a_id`,`label` FROM `__old_c`;--> statement-breakpoint
INSERT INTO `b`(`id`,`c_id`,`w`) SELECT `id`,`c_id`,`w` FROM `__old_b`;--> statement-breakpoint
INSERT INTO `a2`(`id`,`b_id`,`node_id`) SELECT `id`, `b_id`, `node_id` FROM `__old_a2`;--> statement-breakpoint
DROP TABLE `__old_categories`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
DROP TABLE `__old_a2`;--> statement-breakpoint
PRAGMA foreign_keys=ON;