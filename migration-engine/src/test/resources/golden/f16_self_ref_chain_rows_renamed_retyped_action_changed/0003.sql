PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_tree` AS SELECT * FROM `tree`;--> statement-breakpoint
DROP TABLE `tree`;--> statement-breakpoint
CREATE TABLE `tree` (
	`node_id` text PRIMARY KEY NOT NULL,
	`up_id` text,
	`prev_id` text,
	`label` text NOT NULL,
	FOREIGN KEY (`up_id`) REFERENCES `tree`(`node_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`prev_id`) REFERENCES `tree`(`node_id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `nodes_parent_idx` ON `tree` (`up_id`);--> statement-breakpoint
INSERT INTO `tree`(`node_id`,`up_id`,`prev_id`,`label`) SELECT `node_id`, `up_id`, `prev_id`, `label` FROM `__old_tree`;--> statement-breakpoint
DROP TABLE `__old_tree`;--> statement-breakpoint
PRAGMA foreign_keys=ON;