PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_tags` AS SELECT * FROM `tags`;--> statement-breakpoint
CREATE TABLE `__old_notes` AS SELECT * FROM `notes`;--> statement-breakpoint
CREATE TABLE `__old_post_tags` AS SELECT * FROM `post_tags`;--> statement-breakpoint
DELETE FROM `post_tags`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_notes' WHERE name = 'notes';--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_tags' WHERE name = 'tags';--> statement-breakpoint
DROP TABLE `tags`;--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'tags' WHERE name = '__old_tags';--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tag_id` integer,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'notes' WHERE name = '__old_notes';--> statement-breakpoint
INSERT INTO `tags`(`id`,`name`) SELECT `id`, coalesce(`name`, '') FROM `__old_tags`;--> statement-breakpoint
INSERT INTO `notes`(`id`,`tag_id`) SELECT `id`, `tag_id` FROM `__old_notes`;--> statement-breakpoint
INSERT INTO `post_tags`(`id`,`tag_id`) SELECT `id`,`tag_id` FROM `__old_post_tags`;--> statement-breakpoint
DROP TABLE `__old_tags`;--> statement-breakpoint
DROP TABLE `__old_notes`;--> statement-breakpoint
DROP TABLE `__old_post_tags`;--> statement-breakpoint
PRAGMA foreign_keys=ON;