CREATE TABLE `countries` (
	`code` text PRIMARY KEY NOT NULL,
	`pop` integer
);
--> statement-breakpoint
CREATE TABLE `cities` (
	`id` integer PRIMARY KEY NOT NULL,
	`country` text NOT NULL,
	FOREIGN KEY (`country`) REFERENCES `countries`(`code`) ON UPDATE cascade ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `visits` (
	`id` integer PRIMARY KEY NOT NULL,
	`country` text,
	FOREIGN KEY (`country`) REFERENCES `countries`(`code`) ON UPDATE set null ON DELETE no action
);
