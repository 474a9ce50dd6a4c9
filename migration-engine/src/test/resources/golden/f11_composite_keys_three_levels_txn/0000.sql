CREATE TABLE `regions` (
	`country` text NOT NULL,
	`code` text NOT NULL,
	`name` text,
	PRIMARY KEY(`country`, `code`)
);
--> statement-breakpoint
CREATE TABLE `sites` (
	`id` integer PRIMARY KEY NOT NULL,
	`country` text,
	`region` text,
	`label` text,
	FOREIGN KEY (`country`,`region`) REFERENCES `regions`(`country`,`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `visits` (
	`id` integer PRIMARY KEY NOT NULL,
	`site_id` integer,
	`n` integer,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE set null
);
