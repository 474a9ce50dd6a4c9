PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `posts` RENAME TO `__rename_Posts`;--> statement-breakpoint
ALTER TABLE `__rename_Posts` RENAME TO `Posts`;--> statement-breakpoint
ALTER TABLE `Users` RENAME COLUMN "name" TO "Name";--> statement-breakpoint
CREATE TABLE `__old_Users` AS SELECT * FROM `Users`;--> statement-breakpoint
CREATE TABLE `__old_Posts` AS SELECT * FROM `Posts`;--> statement-breakpoint
DELETE FROM `Posts`;--> statement-breakpoint
DROP TABLE `Users`;--> statement-breakpoint
CREATE TABLE `Users` (
	`ID` integer PRIMARY KEY NOT NULL,
	`Email` text,
	`Name` text DEFAULT 'x' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `Users_Email_unique` ON `Users` (`Email`);--> statement-breakpoint
CREATE INDEX `users_name_idx` ON `Users` (`Name`);--> statement-breakpoint
INSERT INTO `Users`(`ID`,`Email`,`Name`) SELECT `ID`, `Email`, coalesce(`Name`, 'x') FROM `__old_Users`;--> statement-breakpoint
INSERT INTO `Posts`(`id`,`userid`,`title`) SELECT `id`,`userid`,`title` FROM `__old_Posts`;--> statement-breakpoint
DROP TABLE `__old_Users`;--> statement-breakpoint
DROP TABLE `__old_Posts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;