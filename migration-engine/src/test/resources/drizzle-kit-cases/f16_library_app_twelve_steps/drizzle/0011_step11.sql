PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_titles` (
	`id` integer PRIMARY KEY NOT NULL,
	`author_id` integer NOT NULL,
	`title` text NOT NULL,
	`isbn` text,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_titles`("id", "author_id", "title", "isbn") SELECT "id", "author_id", "title", "isbn" FROM `titles`;--> statement-breakpoint
DROP TABLE `titles`;--> statement-breakpoint
ALTER TABLE `__new_titles` RENAME TO `titles`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `titles_isbn_uq` ON `titles` (`isbn`);--> statement-breakpoint
CREATE INDEX `titles_title_idx` ON `titles` (`title`);