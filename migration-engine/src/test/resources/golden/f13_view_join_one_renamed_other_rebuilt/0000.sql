CREATE TABLE `authors` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`bio` text
);
--> statement-breakpoint
CREATE TABLE `books` (
	`id` integer PRIMARY KEY NOT NULL,
	`author_id` integer,
	`title` text,
	`year` integer,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE VIEW `shelf` AS select b.id, a.name as author, b.title from books b join authors a on a.id = b.author_id;