CREATE TABLE `parent` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`tag` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parent_code_uq` ON `parent` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `parent_tag_ix` ON `parent` (`tag`);--> statement-breakpoint
CREATE TABLE `sibling` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text
);
--> statement-breakpoint
CREATE INDEX `code_key` ON `sibling` (`code`);--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_code` text,
	`n` integer,
	FOREIGN KEY (`parent_code`) REFERENCES `parent`(`code`) ON UPDATE cascade ON DELETE cascade
);
