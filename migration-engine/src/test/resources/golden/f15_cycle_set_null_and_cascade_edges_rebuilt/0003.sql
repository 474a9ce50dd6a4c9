PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `teams` RENAME TO `squads`;--> statement-breakpoint
ALTER TABLE `squads` ADD `budget` real DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE TABLE `__old_squads` AS SELECT * FROM `squads`;--> statement-breakpoint
CREATE TABLE `__old_people` AS SELECT * FROM `people`;--> statement-breakpoint
DELETE FROM `squads`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer,
	`name` text DEFAULT '?' NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `squads`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "people_name_len" CHECK(length("name") > 0)
);
--> statement-breakpoint
INSERT INTO `squads`(`id`,`name`,`lead_id`,`budget`) SELECT `id`,`name`,`lead_id`,`budget` FROM `__old_squads`;--> statement-breakpoint
INSERT INTO `people`(`id`,`team_id`,`name`) SELECT `id`, `team_id`, coalesce(`name`, '?') FROM `__old_people`;--> statement-breakpoint
DROP TABLE `__old_squads`;--> statement-breakpoint
DROP TABLE `__old_people`;--> statement-breakpoint
PRAGMA foreign_keys=ON;