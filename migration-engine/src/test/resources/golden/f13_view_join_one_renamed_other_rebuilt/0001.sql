PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `shelf`;--> statement-breakpoint
ALTER TABLE `authors` RENAME TO `writers`;--> statement-breakpoint
ALTER TABLE `books` RENAME COLUMN "title" TO "name";--> statement-breakpoint
CREATE TABLE `__old_books` AS SELECT * FROM `books`;--> statement-breakpoint
DROP TABLE `books`;--> statement-breakpoint
CREATE TABLE `books` (
	`id` integer PRIMARY KEY NOT NULL,
	`author_id` integer,
	`name` text,
	`year` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `writers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `books`(`id`,`author_id`,`name`,`year`) SELECT `id`, `author_id`, `name`, coalesce(`year`, 0) FROM `__old_books`;--> statement-breakpoint
DROP TABLE `__old_books`;--> statement-breakpoint
CREATE VIEW `shelf` AS select b.id, a.name as author, b.name as title from books b join writers a on a.id = b.author_id;--> statement-breakpoint
PRAGMA foreign_keys=ON;