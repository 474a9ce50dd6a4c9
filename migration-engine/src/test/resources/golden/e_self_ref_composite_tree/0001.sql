PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_nodes` AS SELECT * FROM `nodes`;--> statement-breakpoint
DROP TABLE `nodes`;--> statement-breakpoint
CREATE TABLE `nodes` (
	`org` integer NOT NULL,
	`id` integer NOT NULL,
	`parent` integer,
	`name` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`org`, `id`),
	FOREIGN KEY (`org`,`parent`) REFERENCES `nodes`(`org`,`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `nodes`(`org`,`id`,`parent`,`name`) SELECT `org`, `id`, `parent`, coalesce(`name`, '') FROM `__old_nodes`;--> statement-breakpoint
DROP TABLE `__old_nodes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;