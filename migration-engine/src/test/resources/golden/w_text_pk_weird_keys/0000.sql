CREATE TABLE `tags` (
	`key` text PRIMARY KEY NOT NULL,
	`n` integer
);
--> statement-breakpoint
CREATE TABLE `tagged` (
	`id` integer PRIMARY KEY NOT NULL,
	`tag` text NOT NULL,
	FOREIGN KEY (`tag`) REFERENCES `tags`(`key`) ON UPDATE cascade ON DELETE cascade
);
