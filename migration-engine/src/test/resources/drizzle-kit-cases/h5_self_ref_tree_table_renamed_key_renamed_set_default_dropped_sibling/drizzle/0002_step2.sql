PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_tree` (
	`node_id` integer PRIMARY KEY NOT NULL,
	`parent` integer DEFAULT 0 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`parent`) REFERENCES `tree`(`node_id`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_tree`("node_id", "parent", "name") SELECT "node_id", "parent", "name" FROM `tree`;--> statement-breakpoint
DROP TABLE `tree`;--> statement-breakpoint
ALTER TABLE `__new_tree` RENAME TO `tree`;--> statement-breakpoint
PRAGMA foreign_keys=ON;