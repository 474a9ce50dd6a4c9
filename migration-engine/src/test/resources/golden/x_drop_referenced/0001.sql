PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_reviews` (
	`id` integer PRIMARY KEY NOT NULL,
	`book_id` integer,
	`author_id` integer,
	`text` text,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_reviews`(`id`,`book_id`,`author_id`,`text`) SELECT `id`, `book_id`, `author_id`, `text` FROM `reviews`;--> statement-breakpoint
DROP TABLE `reviews`;--> statement-breakpoint
ALTER TABLE `__new_reviews` RENAME TO `reviews`;--> statement-breakpoint
DROP TABLE `books`;--> statement-breakpoint
PRAGMA foreign_keys=ON;