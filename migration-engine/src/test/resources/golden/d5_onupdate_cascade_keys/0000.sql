CREATE TABLE `countries` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `regions` (
	`country_code` text NOT NULL,
	`code` text NOT NULL,
	`name` text,
	PRIMARY KEY(`country_code`, `code`),
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `cities` (
	`id` integer PRIMARY KEY NOT NULL,
	`country_code` text,
	`region_code` text,
	`slug` text,
	`pop` integer DEFAULT 0,
	FOREIGN KEY (`country_code`,`region_code`) REFERENCES `regions`(`country_code`,`code`) ON UPDATE cascade ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cities_slug_unique` ON `cities` (`slug`);--> statement-breakpoint
CREATE TABLE `addresses` (
	`id` integer PRIMARY KEY NOT NULL,
	`city_id` integer,
	`city_slug` text,
	`line` text,
	FOREIGN KEY (`city_id`) REFERENCES `cities`(`id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`city_slug`) REFERENCES `cities`(`slug`) ON UPDATE cascade ON DELETE set null
);
