CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`tenant` text NOT NULL,
	`handle` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_th_uq` ON `accounts` (`tenant`,`handle`);--> statement-breakpoint
CREATE TABLE `links` (
	`id` integer PRIMARY KEY NOT NULL,
	`tenant` text,
	`handle` text,
	FOREIGN KEY (`tenant`,`handle`) REFERENCES `accounts`(`tenant`,`handle`) ON UPDATE no action ON DELETE cascade
);
