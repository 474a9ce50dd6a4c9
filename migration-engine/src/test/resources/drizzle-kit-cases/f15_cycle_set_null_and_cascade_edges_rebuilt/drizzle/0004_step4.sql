PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_squads` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'unnamed' NOT NULL,
	`lead_id` integer,
	`budget` real DEFAULT 0 NOT NULL,
	FOREIGN KEY (`lead_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_squads`("id", "name", "lead_id", "budget") SELECT "id", "name", "lead_id", "budget" FROM `squads`;--> statement-breakpoint
DROP TABLE `squads`;--> statement-breakpoint
ALTER TABLE `__new_squads` RENAME TO `squads`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_people` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer,
	`name` text DEFAULT '?' NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `squads`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "people_name_len" CHECK(length("__new_people"."name") > 0)
);
--> statement-breakpoint
INSERT INTO `__new_people`("id", "team_id", "name") SELECT "id", "team_id", "name" FROM `people`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
ALTER TABLE `__new_people` RENAME TO `people`;