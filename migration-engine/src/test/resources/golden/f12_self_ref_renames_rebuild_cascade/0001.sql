PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `nodes` RENAME TO `tree`;--> statement-breakpoint
ALTER TABLE `tree` RENAME COLUMN "parent_id" TO "up_id";--> statement-breakpoint
CREATE TABLE `__old_tree` AS SELECT * FROM `tree`;--> statement-breakpoint
DROP TABLE `tree`;--> statement-breakpoint
CREATE TABLE `tree` (
	`id` integer PRIMARY KEY NOT NULL,
	`up_id` integer,
	`name` text DEFAULT '?' NOT NULL,
	`depth` integer DEFAULT 0,
	FOREIGN KEY (`up_id`) REFERENCES `tree`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tree_up_idx` ON `tree` (`up_id`);--> statement-breakpoint
INSERT INTO `tree`(`id`,`up_id`,`name`) SELECT `id`, `up_id`, coalesce(`name`, '?') FROM `__old_tree`;--> statement-breakpoint
DROP TABLE `__old_tree`;--> statement-breakpoint
PRAGMA foreign_keys=ON;