PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_sites` AS SELECT * FROM `sites`;--> statement-breakpoint
CREATE TABLE `__old_visits` AS SELECT * FROM `visits`;--> statement-breakpoint
DROP TABLE `visits`;--> statement-breakpoint
DROP TABLE `sites`;--> statement-breakpoint
CREATE TABLE `sites` (
	`country` text DEFAULT 'DE' NOT NULL,
	`region` text DEFAULT 'BE' NOT NULL,
	`id` integer NOT NULL,
	`label` text,
	PRIMARY KEY(`country`, `region`, `id`),
	FOREIGN KEY (`country`,`region`) REFERENCES `regions`(`country`,`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `visits` (
	`id` integer PRIMARY KEY NOT NULL,
	`site_country` text,
	`site_region` text,
	`site_id` integer,
	`n` integer,
	FOREIGN KEY (`site_country`,`site_region`,`site_id`) REFERENCES `sites`(`country`,`region`,`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `sites`(`country`,`region`,`id`,`label`) SELECT coalesce(`country`, 'DE'), coalesce(`region`, 'BE'), `id`, `label` FROM `__old_sites`;--> statement-breakpoint
INSERT INTO `visits`(`id`,`site_id`,`n`) SELECT `id`, `site_id`, `n` FROM `__old_visits`;--> statement-breakpoint
DROP TABLE `__old_sites`;--> statement-breakpoint
DROP TABLE `__old_visits`;--> statement-breakpoint
PRAGMA foreign_keys=ON;