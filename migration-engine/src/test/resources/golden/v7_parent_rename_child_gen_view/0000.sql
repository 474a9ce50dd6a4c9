CREATE TABLE `authors` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `books` (
	`id` integer PRIMARY KEY NOT NULL,
	`author_id` integer NOT NULL,
	`title` text,
	`slug` text GENERATED ALWAYS AS (lower(replace("title", ' ', '-'))) STORED,
	`title_len` integer GENERATED ALWAYS AS (length("title")) VIRTUAL,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `books_slug_idx` ON `books` (`slug`);--> statement-breakpoint
CREATE VIEW `catalog` AS select a.name, b.slug, b.title_len from authors a join books b on b.author_id = a.id;