PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_nodes` (
	`tree` integer NOT NULL,
	`id` integer NOT NULL,
	`parent_id` integer,
	`label` text DEFAULT 'unnamed' NOT NULL,
	PRIMARY KEY(`tree`, `id`),
	FOREIGN KEY (`tree`,`parent_id`) REFERENCES `nodes`(`tree`,`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_nodes`("tree", "id", "parent_id", "label") SELECT "tree", "id", "parent_id", "label" FROM `nodes`;--> statement-breakpoint
DROP TABLE `nodes`;--> statement-breakpoint
ALTER TABLE `__new_nodes` RENAME TO `nodes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `nodes_parent_idx` ON `nodes` (`tree`,`parent_id`);