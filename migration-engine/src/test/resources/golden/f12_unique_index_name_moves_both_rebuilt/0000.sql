CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	`n` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `code_uq` ON `a` (`code`);--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	`n` integer
);
