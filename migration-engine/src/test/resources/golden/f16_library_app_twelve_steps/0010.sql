PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `open_loans`;--> statement-breakpoint
CREATE TABLE `__old_authors` AS SELECT * FROM `authors`;--> statement-breakpoint
CREATE TABLE `__old_titles` AS SELECT * FROM `titles`;--> statement-breakpoint
CREATE TABLE `__old_loans` AS SELECT * FROM `loans`;--> statement-breakpoint
DELETE FROM `loans`;--> statement-breakpoint
DELETE FROM `titles`;--> statement-breakpoint
DROP TABLE `authors`;--> statement-breakpoint
CREATE TABLE `authors` (
	`id` integer PRIMARY KEY NOT NULL,
	`full_name` text,
	`country` text DEFAULT '??'
);
--> statement-breakpoint
CREATE INDEX `authors_name_idx` ON `authors` (`full_name`);--> statement-breakpoint
INSERT INTO `authors`(`id`,`full_name`) SELECT `id`, `full_name` FROM `__old_authors`;--> statement-breakpoint
INSERT INTO `titles`(`id`,`author_id`,`title`,`isbn`,`published`) SELECT `id`,`author_id`,`title`,`isbn`,`published` FROM `__old_titles`;--> statement-breakpoint
INSERT INTO `loans`(`id`,`book_id`,`due`,`member_id`) SELECT `id`,`book_id`,`due`,`member_id` FROM `__old_loans`;--> statement-breakpoint
DROP TABLE `__old_authors`;--> statement-breakpoint
DROP TABLE `__old_titles`;--> statement-breakpoint
DROP TABLE `__old_loans`;--> statement-breakpoint
PRAGMA foreign_keys=ON;