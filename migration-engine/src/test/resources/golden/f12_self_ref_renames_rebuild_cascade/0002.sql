PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `tree` RENAME COLUMN "id" TO "node_id";--> statement-breakpoint
CREATE TABLE `__old_tree` AS SELECT * FROM `tree`;--> statement-breakpoint
DROP TABLE `tree`;--> statement-breakpoint
CREATE TABLE `tree` (
	`node_id` integer PRIMARY KEY NOT NULL,
	`up_id` integer,
	`name` text DEFAULT '?' NOT NULL,
	`depth` integer DEFAULT 0,
	`root_id` integer,
	FOREIGN KEY (`up_id`) REFERENCES `tree`(`node_id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`root_id`) REFERENCES `tree`(`node_id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `tree_up_idx` ON `tree` (`up_id`,`depth`);--> statement-breakpoint
INSERT INTO `tree`(`node_id`,`up_id`,`name`,`depth`) SELECT `node_id`, `up_id`, `name`, `depth` FROM `__old_tree`;--> statement-breakpoint
DROP TABLE `__old_tree`;--> statement-breakpoint
PRAGMA foreign_keys=ON;