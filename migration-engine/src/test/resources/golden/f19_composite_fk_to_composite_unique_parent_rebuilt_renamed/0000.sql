CREATE TABLE `regions` (
	`id` integer PRIMARY KEY NOT NULL,
	`country` text NOT NULL,
	`code` text NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `regions_country_code_uq` ON `regions` (`country`,`code`);--> statement-breakpoint
CREATE TABLE `shops` (
	`id` integer PRIMARY KEY NOT NULL,
	`country` text,
	`code` text,
	`title` text NOT NULL,
	FOREIGN KEY (`country`,`code`) REFERENCES `regions`(`country`,`code`) ON UPDATE cascade ON DELETE cascade
);
