PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_categories` AS SELECT * FROM `categories`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
CREATE TABLE `__old_a` AS SELECT * FROM `a`;--> statement-breakpoint
DELETE FROM `a`;--> statement-breakpoint
DELETE FROM `b`;--> statement-breakpoint
DELETE FROM `c`;--> statement-breakpoint
DROP TABLE `categories`;--> statement-breakpoint
CREATE TABLE `categories` (
	`cat_id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`root_id` integer,
	`name` text DEFAULT '' NOT NULL,
	`depth` real DEFAULT 0,
	FOREIGN KEY (`parent_id`) REFERENCES `categories`(`cat_id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`root_id`) REFERENCES `categories`(`cat_id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "depth_ok" CHECK("depth" >= 0 AND (("parent_id" IS NULL) = ("depth" = 0)) AND ("root_id" IS NULL OR "root_id" <= "cat_id"))
);
--> statement-breakpoint
CREATE INDEX `nodes_parent_idx` ON `categories` (`parent_id`,`name`);--> statement-breakpoint
CREATE INDEX `nodes_root_idx` ON `categories` (`root_id`,`depth`,`cat_id`);--> statement-breakpoint
INSERT INTO `categories`(`cat_id`,`parent_id`,`root_id`,`name`,`depth`) SELECT `cat_id`, `parent_id`, `root_id`, `name`, `depth` FROM `__old_categories`;--> statement-breakpoint
INSERT INTO `c`(`id`,`a_id`,`label`) SELECT `id`,`a_id`,`label` FROM `__old_c`;--> statement-breakpoint
INSERT INTO `b`(`id`,`c_id`,`w`) SELECT `id`,`c_id`,`w` FROM `__old_b`;--> statement-breakpoint
INSERT INTO `a`(`id`,`b_id`,`node_id`) SELECT `id`,`b_id`,`node_id` FROM `__old_a`;--> statement-breakpoint
DROP TABLE `__old_categories`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
DROP TABLE `__old_a`;--> statement-breakpoint
PRAGMA foreign_keys=ON;