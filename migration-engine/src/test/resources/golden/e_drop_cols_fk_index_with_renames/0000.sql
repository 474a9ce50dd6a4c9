CREATE TABLE `parent` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	`name` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parent_code_unique` ON `parent` (`code`);--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`parent_code` text,
	`kind` text,
	`flag` integer,
	`qty` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_code`) REFERENCES `parent`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `child_code_kind_idx` ON `child` (`parent_code`,`kind`);--> statement-breakpoint
CREATE INDEX `child_kind_idx` ON `child` (`kind`,`qty`) WHERE "flag" = 1 AND "qty" > 0;