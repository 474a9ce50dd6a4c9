PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_teams` AS SELECT * FROM `teams`;--> statement-breakpoint
CREATE TABLE `__old_people` AS SELECT * FROM `people`;--> statement-breakpoint
DELETE FROM `teams`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer,
	`name` text,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "people_name_len" CHECK(length("name") > 1)
);
--> statement-breakpoint
INSERT INTO `teams`(`id`,`name`,`lead_id`) SELECT `id`,`name`,`lead_id` FROM `__old_teams`;--> statement-breakpoint
INSERT INTO `people`(`id`,`team_id`,`name`) SELECT `id`, `team_id`, `name` FROM `__old_people`;--> statement-breakpoint
DROP TABLE `__old_teams`;--> statement-breakpoint
DROP TABLE `__old_people`;--> statement-breakpoint
PRAGMA foreign_keys=ON;