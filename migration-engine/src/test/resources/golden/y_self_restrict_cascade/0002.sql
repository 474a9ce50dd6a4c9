PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `node` RENAME TO `nodes`;--> statement-breakpoint
ALTER TABLE `nodes` RENAME COLUMN "parent_id" TO "up_id";--> statement-breakpoint
CREATE TABLE `__old_nodes` AS SELECT * FROM `nodes`;--> statement-breakpoint
CREATE TABLE `__old_tag` AS SELECT * FROM `tag`;--> statement-breakpoint
DROP TABLE `tag`;--> statement-breakpoint
DROP TABLE `nodes`;--> statement-breakpoint
CREATE TABLE `nodes` (
	`id` integer PRIMARY KEY NOT NULL,
	`up_id` integer,
	`prev_id` integer,
	`label` text DEFAULT 'n' NOT NULL,
	FOREIGN KEY (`up_id`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`prev_id`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "nodes_not_own_parent" CHECK("up_id" IS NULL OR "up_id" <> "id")
);
--> statement-breakpoint
CREATE INDEX `nodes_up_idx` ON `nodes` (`up_id`);--> statement-breakpoint
CREATE TABLE `tag` (
	`id` integer PRIMARY KEY NOT NULL,
	`node_id` integer NOT NULL,
	`t` text,
	FOREIGN KEY (`node_id`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `nodes`(`id`,`up_id`,`prev_id`,`label`) SELECT `id`, `up_id`, `prev_id`, `label` FROM `__old_nodes`;--> statement-breakpoint
INSERT INTO `tag`(`id`,`node_id`,`t`) SELECT `id`, `node_id`, `t` FROM `__old_tag`;--> statement-breakpoint
DROP TABLE `__old_nodes`;--> statement-breakpoint
DROP TABLE `__old_tag`;--> statement-breakpoint
PRAGMA foreign_keys=ON;