PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_tree` AS SELECT * FROM `tree`;--> statement-breakpoint
DROP TABLE `tree`;--> statement-breakpoint
CREATE TABLE `tree` (
	`org` integer NOT NULL,
	`id` integer NOT NULL,
	`rev` integer DEFAULT 0 NOT NULL,
	`up` integer,
	`label` text,
	PRIMARY KEY(`org`, `id`, `rev`),
	FOREIGN KEY (`org`,`up`) REFERENCES `tree`(`org`,`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tree_up_idx` ON `tree` (`org`,`up`);--> statement-breakpoint
CREATE UNIQUE INDEX `tree_org_id_uq` ON `tree` (`org`,`id`);--> statement-breakpoint
INSERT INTO `tree`(`org`,`id`,`up`,`label`) SELECT `org`, `id`, `up`, `label` FROM `__old_tree`;--> statement-breakpoint
DROP TABLE `__old_tree`;--> statement-breakpoint
PRAGMA foreign_keys=ON;