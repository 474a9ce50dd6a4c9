CREATE TABLE `parent` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	`alt` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parent_code_unique` ON `parent` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `parent_alt_unique` ON `parent` (`alt`);--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`pcode` text,
	FOREIGN KEY (`pcode`) REFERENCES `parent`(`code`) ON UPDATE cascade ON DELETE cascade
);
