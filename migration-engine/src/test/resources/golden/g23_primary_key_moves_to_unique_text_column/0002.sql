PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `logins` (
	`id` integer PRIMARY KEY NOT NULL,
	`account` text NOT NULL,
	FOREIGN KEY (`account`) REFERENCES `accounts`(`email`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `__old_accounts` AS SELECT * FROM `accounts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
CREATE TABLE `accounts` (
	`id` integer,
	`email` text PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
INSERT INTO `accounts`(`id`,`email`,`name`) SELECT `id`, `email`, `name` FROM `__old_accounts`;--> statement-breakpoint
DROP TABLE `__old_accounts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;