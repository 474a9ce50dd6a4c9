PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `p` RENAME TO `parent`;--> statement-breakpoint
CREATE TABLE `__old_parent` AS SELECT * FROM `parent`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
DROP TABLE `c`;--> statement-breakpoint
DROP TABLE `parent`;--> statement-breakpoint
CREATE TABLE `parent` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '?' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_id` integer DEFAULT 1,
	`q_id` integer DEFAULT 1,
	FOREIGN KEY (`p_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`q_id`) REFERENCES `parent`(`id`) ON UPDATE set default ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `parent`(`id`,`name`) SELECT `id`, coalesce(`name`, '?') FROM `__old_parent`;--> statement-breakpoint
INSERT INTO `c`(`id`,`p_id`,`q_id`) SELECT `id`, `p_id`, `q_id` FROM `__old_c`;--> statement-breakpoint
DROP TABLE `__old_parent`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
PRAGMA foreign_keys=ON;