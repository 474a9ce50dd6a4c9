CREATE TABLE `p` (
	`code` text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `k` (
	`id` integer PRIMARY KEY NOT NULL,
	`c38` text,
	FOREIGN KEY (`c38`) REFERENCES `p`(`code`) ON UPDATE no action ON DELETE cascade
);
