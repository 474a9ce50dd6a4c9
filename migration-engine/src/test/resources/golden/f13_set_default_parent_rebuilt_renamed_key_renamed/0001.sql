PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_owners` AS SELECT * FROM `owners`;--> statement-breakpoint
CREATE TABLE `__old_pets` AS SELECT * FROM `pets`;--> statement-breakpoint
CREATE TABLE `__old_cars` AS SELECT * FROM `cars`;--> statement-breakpoint
DELETE FROM `cars`;--> statement-breakpoint
DELETE FROM `pets`;--> statement-breakpoint
DROP TABLE `owners`;--> statement-breakpoint
CREATE TABLE `owners` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '?' NOT NULL,
	`since` integer DEFAULT (unixepoch())
);
--> statement-breakpoint
INSERT INTO `owners`(`id`,`name`) SELECT `id`, coalesce(`name`, '?') FROM `__old_owners`;--> statement-breakpoint
INSERT INTO `pets`(`id`,`owner_id`) SELECT `id`,`owner_id` FROM `__old_pets`;--> statement-breakpoint
INSERT INTO `cars`(`id`,`owner_id`) SELECT `id`,`owner_id` FROM `__old_cars`;--> statement-breakpoint
DROP TABLE `__old_owners`;--> statement-breakpoint
DROP TABLE `__old_pets`;--> statement-breakpoint
DROP TABLE `__old_cars`;--> statement-breakpoint
PRAGMA foreign_keys=ON;