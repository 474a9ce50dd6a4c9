PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `tags` RENAME COLUMN "key" TO "the key";--> statement-breakpoint
CREATE TABLE `__old_tags` AS SELECT * FROM `tags`;--> statement-breakpoint
CREATE TABLE `__old_tagged` AS SELECT * FROM `tagged`;--> statement-breakpoint
DELETE FROM `tagged`;--> statement-breakpoint
DROP TABLE `tags`;--> statement-breakpoint
CREATE TABLE `tags` (
	`the key` text PRIMARY KEY NOT NULL,
	`n` real DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO `tags`(`the key`,`n`) SELECT `the key`, coalesce(`n`, 0) FROM `__old_tags`;--> statement-breakpoint
INSERT INTO `tagged`(`id`,`tag`,`weight`) SELECT `id`,`tag`,`weight` FROM `__old_tagged`;--> statement-breakpoint
DROP TABLE `__old_tags`;--> statement-breakpoint
DROP TABLE `__old_tagged`;--> statement-breakpoint
PRAGMA foreign_keys=ON;