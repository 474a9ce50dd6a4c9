CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_id` integer,
	`old_note` text,
	`keep` text,
	FOREIGN KEY (`p_id`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `c_old_note_idx` ON `c` (`old_note`);