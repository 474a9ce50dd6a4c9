ALTER TABLE `nodes` RENAME TO `tree`;--> statement-breakpoint
ALTER TABLE `tree` RENAME COLUMN "id" TO "node_id";--> statement-breakpoint
DROP TABLE `tags`;--> statement-breakpoint
DROP TABLE `tag_notes`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_tree` (
	`node_id` integer PRIMARY KEY NOT NULL,
	`parent` integer DEFAULT 0 NOT NULL,
	`name` text,
	FOREIGN KEY (`parent`) REFERENCES `tree`(`node_id`) ON UPDATE cascade ON DELETE set default
);
--> statement-breakpoint
INSERT INTO `__new_tree`("node_id", "parent", "name") SELECT "node_id", "parent", "name" FROM `tree`;--> statement-breakpoint
DROP TABLE `tree`;--> statement-breakpoint
ALTER TABLE `__new_tree` RENAME TO `tree`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP VIEW `roots`;--> statement-breakpoint
CREATE VIEW `roots` AS SELECT "node_id", "name" FROM "tree" WHERE "parent" = 0;