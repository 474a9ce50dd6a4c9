CREATE TABLE `USERS` (
	`User ID` integer PRIMARY KEY NOT NULL,
	`Group` text
);
--> statement-breakpoint
CREATE TABLE `Order Items` (
	`id` integer PRIMARY KEY NOT NULL,
	`User ID` integer,
	`unit-price` integer,
	`select` text,
	`WHERE` text DEFAULT 'a "b" c',
	FOREIGN KEY (`User ID`) REFERENCES `USERS`(`User ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `by group` ON `Order Items` (`select`,`WHERE`);