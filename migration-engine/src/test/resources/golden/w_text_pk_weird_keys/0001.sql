PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_tags` AS SELECT * FROM `tags`;--> statement-breakpoint
CREATE TABLE `__old_tagged` AS SELECT * FROM `tagged`;--> statement-breakpoint
DROP TABLE `tagged`;--> statement-breakpoint
DROP TABLE `tags`;--> statement-breakpoint
CREATE TABLE `tags` (
	`key` text PRIMARY KEY NOT NULL,
	`n` real
);
--> statement-breakpoint
CREATE TABLE `tagged` (
	`id` integer PRIMARY KEY NOT NULL,
	`tag` text NOT NULL,
	`weight` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`tag`) REFERENCES `tags`(`key`) ON UPDATE cascade ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `tags`(`key`,`n`) SELECT `key`, `n` FROM `__old_tags`;--> statement-breakpoint
INSERT INTO `tagged`(`id`,`tag`) SELECT `id`, `tag` FROM `__old_tagged`;--> statement-breakpoint
DROP TABLE `__old_tags`;--> statement-breakpoint
DROP TABLE `__old_tagged`;--> statement-breakpoint
PRAGMA foreign_keys=ON;