PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_writers` AS SELECT * FROM `writers`;--> statement-breakpoint
CREATE TABLE `__old_books` AS SELECT * FROM `books`;--> statement-breakpoint
DELETE FROM `books`;--> statement-breakpoint
DROP TABLE `writers`;--> statement-breakpoint
CREATE TABLE `writers` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'unknown' NOT NULL
);
--> statement-breakpoint
INSERT INTO `writers`(`id`,`name`) SELECT `id`, coalesce(`name`, 'unknown') FROM `__old_writers`;--> statement-breakpoint
INSERT INTO `books`(`id`,`heading`,`author_id`) SELECT `id`,`heading`,`author_id` FROM `__old_books`;--> statement-breakpoint
DROP TABLE `__old_writers`;--> statement-breakpoint
DROP TABLE `__old_books`;--> statement-breakpoint
PRAGMA foreign_keys=ON;