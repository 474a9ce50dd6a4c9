CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`rowid` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `p_rowid_unique` ON `p` (`rowid`);--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_key` text,
	FOREIGN KEY (`p_key`) REFERENCES `p`(`rowid`) ON UPDATE no action ON DELETE cascade
);
