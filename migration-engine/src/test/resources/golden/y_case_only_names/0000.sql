CREATE TABLE `Users` (
	`id` integer PRIMARY KEY NOT NULL,
	`Email` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `Users_Email_unique` ON `Users` (`Email`);--> statement-breakpoint
CREATE TABLE `Posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer,
	FOREIGN KEY (`user_id`) REFERENCES `Users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `Things` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text
);
