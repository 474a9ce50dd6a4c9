PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_titles` AS SELECT * FROM `titles`;--> statement-breakpoint
CREATE TABLE `__old_loans` AS SELECT * FROM `loans`;--> statement-breakpoint
DELETE FROM `loans`;--> statement-breakpoint
DROP TABLE `titles`;--> statement-breakpoint
CREATE TABLE `titles` (
	`id` integer PRIMARY KEY NOT NULL,
	`author_id` integer NOT NULL,
	`title` text NOT NULL,
	`isbn` text,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `titles_isbn_uq` ON `titles` (`isbn`);--> statement-breakpoint
CREATE INDEX `titles_title_idx` ON `titles` (`title`);--> statement-breakpoint
INSERT INTO `titles`(`id`,`author_id`,`title`,`isbn`) SELECT `id`, `author_id`, `title`, `isbn` FROM `__old_titles`;--> statement-breakpoint
INSERT INTO `loans`(`id`,`book_id`,`due`,`member_id`) SELECT `id`,`book_id`,`due`,`member_id` FROM `__old_loans`;--> statement-breakpoint
DROP TABLE `__old_titles`;--> statement-breakpoint
DROP TABLE `__old_loans`;--> statement-breakpoint
PRAGMA foreign_keys=ON;