PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `names`;--> statement-breakpoint
ALTER TABLE `users` RENAME TO `people`;--> statement-breakpoint
CREATE TABLE `__old_people` AS SELECT * FROM `people`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'anon' NOT NULL
);
--> statement-breakpoint
INSERT INTO `people`(`id`,`name`) SELECT `id`, coalesce(`name`, 'anon') FROM `__old_people`;--> statement-breakpoint
DROP TABLE `__old_people`;--> statement-breakpoint
CREATE VIEW `names` AS select id, name from people;--> statement-breakpoint
PRAGMA foreign_keys=ON;