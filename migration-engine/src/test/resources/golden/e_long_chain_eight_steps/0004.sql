ALTER TABLE `notes` RENAME TO `memos`;--> statement-breakpoint
ALTER TABLE `memos` RENAME COLUMN "content" TO "text";--> statement-breakpoint
CREATE TABLE `pins` (
	`id` integer PRIMARY KEY NOT NULL,
	`memo_id` integer,
	FOREIGN KEY (`memo_id`) REFERENCES `memos`(`id`) ON UPDATE no action ON DELETE cascade
);
