PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_nodes` AS SELECT * FROM `nodes`;--> statement-breakpoint
CREATE TABLE `__old_tags` AS SELECT * FROM `tags`;--> statement-breakpoint
DELETE FROM `tags`;--> statement-breakpoint
DROP TABLE `nodes`;--> statement-breakpoint
CREATE TABLE `nodes` (
	`tree` integer NOT NULL,
	`id` integer NOT NULL,
	`parent` integer,
	`label` text DEFAULT 'unnamed' NOT NULL,
	PRIMARY KEY(`tree`, `id`),
	FOREIGN KEY (`tree`,`parent`) REFERENCES `nodes`(`tree`,`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `nodes`(`tree`,`id`,`parent`,`label`) SELECT `tree`, `id`, `parent`, coalesce(`label`, 'unnamed') FROM `__old_nodes`;--> statement-breakpoint
INSERT INTO `tags`(`tree`,`node_id`,`tag`) SELECT `tree`,`node_id`,`tag` FROM `__old_tags`;--> statement-breakpoint
DROP TABLE `__old_nodes`;--> statement-breakpoint
DROP TABLE `__old_tags`;--> statement-breakpoint
PRAGMA foreign_keys=ON;