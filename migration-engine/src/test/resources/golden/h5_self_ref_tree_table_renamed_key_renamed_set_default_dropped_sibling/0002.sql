PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_tree` AS SELECT * FROM `tree`;--> statement-breakpoint
DROP TABLE `tree`;--> statement-breakpoint
CREATE TABLE `tree` (
	`node_id` integer PRIMARY KEY NOT NULL,
	`parent` integer DEFAULT 0 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`parent`) REFERENCES `tree`(`node_id`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `tree`(`node_id`,`parent`,`name`) SELECT `node_id`, `parent`, coalesce(`name`, '') FROM `__old_tree`;--> statement-breakpoint
DROP TABLE `__old_tree`;--> statement-breakpoint
PRAGMA foreign_keys=ON;