PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_nodes` AS SELECT * FROM `nodes`;--> statement-breakpoint
DROP TABLE `nodes`;--> statement-breakpoint
CREATE TABLE `nodes` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text,
	`rowid` integer,
	`parent` text DEFAULT 'none',
	FOREIGN KEY (`rowid`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `nodes`(`id`,`label`,`rowid`) SELECT `id`, `label`, `parent` FROM `__old_nodes`;--> statement-breakpoint
DROP TABLE `__old_nodes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;