PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY NOT NULL,
	`org` integer,
	`node` integer,
	FOREIGN KEY (`node`,`org`) REFERENCES `tree`(`id`,`org`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `__old_tree` AS SELECT * FROM `tree`;--> statement-breakpoint
DROP TABLE `tree`;--> statement-breakpoint
CREATE TABLE `tree` (
	`org` integer NOT NULL,
	`id` integer NOT NULL,
	`up` integer,
	`name` blob DEFAULT '' NOT NULL,
	PRIMARY KEY(`id`, `org`),
	FOREIGN KEY (`up`,`org`) REFERENCES `tree`(`id`,`org`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `tree`(`org`,`id`,`up`,`name`) SELECT `org`, `id`, `up`, `name` FROM `__old_tree`;--> statement-breakpoint
DROP TABLE `__old_tree`;--> statement-breakpoint
PRAGMA foreign_keys=ON;