PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_people` AS SELECT * FROM `people`;--> statement-breakpoint
CREATE TABLE `__old_addresses` AS SELECT * FROM `addresses`;--> statement-breakpoint
DELETE FROM `addresses`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`city` text,
	`handle` text,
	`points` integer DEFAULT 10 NOT NULL,
	CONSTRAINT "points_positive" CHECK("points" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_handle_uq` ON `people` (`handle`);--> statement-breakpoint
INSERT INTO `people`(`id`,`city`) SELECT `id`, `city` FROM `__old_people`;--> statement-breakpoint
INSERT INTO `addresses`(`id`,`person_id`,`line`) SELECT `id`,`person_id`,`line` FROM `__old_addresses`;--> statement-breakpoint
DROP TABLE `__old_people`;--> statement-breakpoint
DROP TABLE `__old_addresses`;--> statement-breakpoint
PRAGMA foreign_keys=ON;