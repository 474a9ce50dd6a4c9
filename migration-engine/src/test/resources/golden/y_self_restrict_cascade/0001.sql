PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_node` AS SELECT * FROM `node`;--> statement-breakpoint
CREATE TABLE `__old_tag` AS SELECT * FROM `tag`;--> statement-breakpoint
DELETE FROM `tag`;--> statement-breakpoint
DROP TABLE `node`;--> statement-breakpoint
CREATE TABLE `node` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`prev_id` integer,
	`label` text DEFAULT 'n' NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `node`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`prev_id`) REFERENCES `node`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `node`(`id`,`parent_id`,`prev_id`,`label`) SELECT `id`, `parent_id`, `prev_id`, coalesce(`label`, 'n') FROM `__old_node`;--> statement-breakpoint
INSERT INTO `tag`(`id`,`node_id`,`t`) SELECT `id`,`node_id`,`t` FROM `__old_tag`;--> statement-breakpoint
DROP TABLE `__old_node`;--> statement-breakpoint
DROP TABLE `__old_tag`;--> statement-breakpoint
PRAGMA foreign_keys=ON;