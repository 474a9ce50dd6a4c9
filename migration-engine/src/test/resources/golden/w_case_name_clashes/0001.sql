PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `pet` RENAME COLUMN "PET" TO "pet_name";--> statement-breakpoint
ALTER TABLE `pet` RENAME COLUMN "OWNER" TO "Owner_ID";--> statement-breakpoint
DROP INDEX `Pet_Owner`;--> statement-breakpoint
CREATE INDEX `pet_owner_idx` ON `pet` (`Owner_ID`);--> statement-breakpoint
CREATE TABLE `__old_Owner` AS SELECT * FROM `Owner`;--> statement-breakpoint
CREATE TABLE `__old_pet` AS SELECT * FROM `pet`;--> statement-breakpoint
DELETE FROM `pet`;--> statement-breakpoint
DROP TABLE `Owner`;--> statement-breakpoint
CREATE TABLE `Owner` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner` text DEFAULT '?' NOT NULL,
	`Pet` text
);
--> statement-breakpoint
CREATE INDEX `owner_pet_idx` ON `Owner` (`Pet`);--> statement-breakpoint
INSERT INTO `Owner`(`id`,`owner`,`Pet`) SELECT `id`, coalesce(`owner`, '?'), `Pet` FROM `__old_Owner`;--> statement-breakpoint
INSERT INTO `pet`(`id`,`pet_name`,`Owner_ID`) SELECT `id`,`pet_name`,`Owner_ID` FROM `__old_pet`;--> statement-breakpoint
DROP TABLE `__old_Owner`;--> statement-breakpoint
DROP TABLE `__old_pet`;--> statement-breakpoint
PRAGMA foreign_keys=ON;