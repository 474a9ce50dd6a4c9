PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_tree` (
	`org` integer NOT NULL,
	`id` integer NOT NULL,
	`rev` integer DEFAULT 0 NOT NULL,
	`up` integer,
	`label` text,
	PRIMARY KEY(`org`, `id`, `rev`),
	FOREIGN KEY (`org`,`up`) REFERENCES `tree`(`org`,`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_tree`("org", "id", "rev", "up", "label") SELECT "org", "id", "rev", "up", "label" FROM `tree`;--> statement-breakpoint
DROP TABLE `tree`;--> statement-breakpoint
ALTER TABLE `__new_tree` RENAME TO `tree`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `tree_up_idx` ON `tree` (`org`,`up`);--> statement-breakpoint
CREATE UNIQUE INDEX `tree_org_id_uq` ON `tree` (`org`,`id`);