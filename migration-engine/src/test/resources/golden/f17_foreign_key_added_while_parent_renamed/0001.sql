PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `authors` RENAME TO `writers`;--> statement-breakpoint
ALTER TABLE `writers` RENAME COLUMN "id" TO "writer_no";--> statement-breakpoint
CREATE TABLE `__new_books` (
	`id` integer PRIMARY KEY NOT NULL,
	`author_id` integer,
	`title` text,
	FOREIGN KEY (`author_id`) REFERENCES `writers`(`writer_no`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_books`(`id`,`author_id`,`title`) SELECT `id`, `author_id`, `title` FROM `books`;--> statement-breakpoint
DROP TABLE `books`;--> statement-breakpoint
ALTER TABLE `__new_books` RENAME TO `books`;--> statement-breakpoint
PRAGMA foreign_keys=ON;