PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_people` AS SELECT * FROM `people`;--> statement-breakpoint
CREATE TABLE `__old_cars` AS SELECT * FROM `cars`;--> statement-breakpoint
CREATE TABLE `__old_pets` AS SELECT * FROM `pets`;--> statement-breakpoint
DELETE FROM `pets`;--> statement-breakpoint
DROP TABLE `cars`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
CREATE TABLE `people` (
	`pid` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text DEFAULT '?' NOT NULL,
	`since` integer DEFAULT (unixepoch())
);
--> statement-breakpoint
CREATE TABLE `cars` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner_id` integer,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`pid`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `people`(`pid`,`name`,`since`) SELECT `pid`, `name`, `since` FROM `__old_people`;--> statement-breakpoint
INSERT INTO `cars`(`id`,`owner_id`) SELECT `id`, `owner_id` FROM `__old_cars`;--> statement-breakpoint
INSERT INTO `pets`(`id`,`owner_id`) SELECT `id`,`owner_id` FROM `__old_pets`;--> statement-breakpoint
DROP TABLE `__old_people`;--> statement-breakpoint
DROP TABLE `__old_cars`;--> statement-breakpoint
DROP TABLE `__old_pets`;--> statement-breakpoint
PRAGMA foreign_keys=ON;