CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `other` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text,
	`b` text
);
--> statement-breakpoint
CREATE INDEX `__new_t` ON `other` (`a`);--> statement-breakpoint
CREATE INDEX `__rename_users` ON `other` (`b`);--> statement-breakpoint
CREATE TABLE `Users` (
	`id` integer PRIMARY KEY NOT NULL
);
