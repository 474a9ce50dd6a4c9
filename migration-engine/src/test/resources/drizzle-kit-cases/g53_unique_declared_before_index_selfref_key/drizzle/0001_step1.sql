ALTER TABLE `nodes` RENAME TO `tree`;--> statement-breakpoint
ALTER TABLE `tree` RENAME COLUMN "parent" TO "up";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_tree` (
	`org` integer NOT NULL,
	`id` integer NOT NULL,
	`up` integer,
	`label` text,
	PRIMARY KEY(`id`, `org`),
	FOREIGN KEY (`org`,`up`) REFERENCES `tree`(`org`,`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_tree`("org", "id", "up", "label") SELECT "org", "id", "up", "label" FROM `tree`;--> statement-breakpoint
DROP TABLE `tree`;--> statement-breakpoint
ALTER TABLE `__new_tree` RENAME TO `tree`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `nodes_parent_idx` ON `tree` (`org`,`up`,`label`);