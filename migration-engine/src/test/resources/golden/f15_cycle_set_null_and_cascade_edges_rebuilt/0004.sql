PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_people` AS SELECT * FROM `people`;--> statement-breakpoint
CREATE TABLE `__old_squads` AS SELECT * FROM `squads`;--> statement-breakpoint
DROP TABLE `squads`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer,
	`name` text DEFAULT '?' NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `squads`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "people_name_len" CHECK(length("name") > 0)
);
--> statement-breakpoint
CREATE TABLE `squads` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'unnamed' NOT NULL,
	`lead_id` integer,
	`budget` real DEFAULT 0 NOT NULL,
	FOREIGN KEY (`lead_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `people`(`id`,`team_id`,`name`) SELECT `id`, `team_id`, `name` FROM `__old_people`;--> statement-breakpoint
INSERT INTO `squads`(`id`,`name`,`lead_id`,`budget`) SELECT `id`, `name`, `lead_id`, `budget` FROM `__old_squads`;--> statement-breakpoint
DROP TABLE `__old_people`;--> statement-breakpoint
DROP TABLE `__old_squads`;--> statement-breakpoint
PRAGMA foreign_keys=ON;