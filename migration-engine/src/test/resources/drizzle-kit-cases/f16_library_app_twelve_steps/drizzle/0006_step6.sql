CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_name_unique` ON `members` (`name`);--> statement-breakpoint
ALTER TABLE `loans` ADD `member_id` integer REFERENCES members(id);--> statement-breakpoint
CREATE VIEW `open_loans` AS SELECT l.id, b.title, l.member_name FROM loans l JOIN books b ON b.id = l.book_id;