PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_people` AS SELECT * FROM `people`;--> statement-breakpoint
CREATE TABLE `__old_teams` AS SELECT * FROM `teams`;--> statement-breakpoint
DELETE FROM `people`;--> statement-breakpoint
DROP TABLE `teams`;--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'unnamed' NOT NULL,
	`lead_id` integer,
	FOREIGN KEY (`lead_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `people`(`id`,`team_id`,`name`) SELECT `id`,`team_id`,`name` FROM `__old_people`;--> statement-breakpoint
INSERT INTO `teams`(`id`,`name`,`lead_id`) SELECT `id`, coalesce(`name`, 'unnamed'), `lead_id` FROM `__old_teams`;--> statement-breakpoint
DROP TABLE `__old_people`;--> statement-breakpoint
DROP TABLE `__old_teams`;--> statement-breakpoint
PRAGMA foreign_keys=ON;