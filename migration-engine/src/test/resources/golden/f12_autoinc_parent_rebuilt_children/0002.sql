PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `users` RENAME TO `people`;--> statement-breakpoint
ALTER TABLE `people` RENAME COLUMN "name" TO "full_name";--> statement-breakpoint
CREATE TABLE `__old_people` AS SELECT * FROM `people`;--> statement-breakpoint
CREATE TABLE `__old_posts` AS SELECT * FROM `posts`;--> statement-breakpoint
CREATE TABLE `__old_audit` AS SELECT * FROM `audit`;--> statement-breakpoint
CREATE TABLE `__old_drafts` AS SELECT * FROM `drafts`;--> statement-breakpoint
DELETE FROM `drafts`;--> statement-breakpoint
DELETE FROM `audit`;--> statement-breakpoint
DELETE FROM `posts`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_people' WHERE name = 'people';--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`full_name` text DEFAULT 'anon' NOT NULL,
	`age` integer,
	`checked` integer DEFAULT false,
	CONSTRAINT "age_ok" CHECK("age" IS NULL OR "age" >= 0)
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'people' WHERE name = '__old_people';--> statement-breakpoint
INSERT INTO `people`(`id`,`full_name`,`age`) SELECT `id`, `full_name`, `age` FROM `__old_people`;--> statement-breakpoint
INSERT INTO `posts`(`id`,`user_id`) SELECT `id`,`user_id` FROM `__old_posts`;--> statement-breakpoint
INSERT INTO `audit`(`id`,`user_id`) SELECT `id`,`user_id` FROM `__old_audit`;--> statement-breakpoint
INSERT INTO `drafts`(`id`,`user_id`) SELECT `id`,`user_id` FROM `__old_drafts`;--> statement-breakpoint
DROP TABLE `__old_people`;--> statement-breakpoint
DROP TABLE `__old_posts`;--> statement-breakpoint
DROP TABLE `__old_audit`;--> statement-breakpoint
DROP TABLE `__old_drafts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;