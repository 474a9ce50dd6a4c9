CREATE TABLE `countries` (
	`id` integer PRIMARY KEY NOT NULL,
	`iso` text NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `countries_iso_unique` ON `countries` (`iso`);--> statement-breakpoint
CREATE TABLE `cities` (
	`id` integer PRIMARY KEY NOT NULL,
	`country_iso` text NOT NULL,
	FOREIGN KEY (`country_iso`) REFERENCES `countries`(`iso`) ON UPDATE cascade ON DELETE cascade
);
