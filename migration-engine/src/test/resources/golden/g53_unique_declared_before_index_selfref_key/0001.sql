PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `nodes` RENAME TO `tree`;--> statement-breakpoint
ALTER TABLE `tree` RENAME COLUMN "parent" TO "up";--> statement-breakpoint
CREATE TABLE `__old_tree` AS SELECT * FROM `tree`;--> statement-breakpoint
DROP TABLE `tree`;--> statement-breakpoint
CREATE TABLE `tree` (
	`org` integer NOT NULL,
	`id` integer NOT NULL,
	`up` integer,
	`label` text,
	PRIMARY KEY(`id`, `org`),
	FOREIGN KEY (`org`,`up`) REFERENCES `tree`(`org`,`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `nodes_parent_idx` ON `tree` (`org`,`up`,`label`);--> statement-breakpoint
INSERT INTO `tree`(`org`,`id`,`up`,`label`) SELECT `org`, `id`, `up`, `label` FROM `__old_tree`;--> statement-breakpoint
DROP TABLE `__old_tree`;--> statement-breakpoint
PRAGMA foreign_keys=ON;