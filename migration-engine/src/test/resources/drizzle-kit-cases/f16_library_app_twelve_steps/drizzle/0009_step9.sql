PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_loans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`book_id` integer NOT NULL,
	`due` text,
	`member_id` integer,
	FOREIGN KEY (`book_id`) REFERENCES `titles`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_loans`("id", "book_id", "due", "member_id") SELECT "id", "book_id", "due", "member_id" FROM `loans`;--> statement-breakpoint
DROP TABLE `loans`;--> statement-breakpoint
ALTER TABLE `__new_loans` RENAME TO `loans`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `loans_book_idx` ON `loans` (`book_id`);--> statement-breakpoint
CREATE VIEW `open_loans` AS SELECT l.id, b.title, l.member_id FROM loans l JOIN titles b ON b.id = l.book_id;