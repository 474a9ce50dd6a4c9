PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_sites` (
	`org_id` integer NOT NULL,
	`site_no` integer NOT NULL,
	`code` text,
	`region` text,
	PRIMARY KEY(`org_id`, `site_no`)
);
--> statement-breakpoint
INSERT INTO `__new_sites`("org_id", "site_no", "code", "region") SELECT "org_id", "site_no", "code", "region" FROM `sites`;--> statement-breakpoint
DROP TABLE `sites`;--> statement-breakpoint
ALTER TABLE `__new_sites` RENAME TO `sites`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `sites_code_region_uq` ON `sites` (`code`,`region`);--> statement-breakpoint
CREATE TABLE `__new_visits` (
	`id` integer PRIMARY KEY NOT NULL,
	`site_code` text,
	`site_region` text,
	FOREIGN KEY (`site_code`,`site_region`) REFERENCES `sites`(`code`,`region`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_visits`("id", "site_code", "site_region") SELECT "id", "site_code", "site_region" FROM `visits`;--> statement-breakpoint
DROP TABLE `visits`;--> statement-breakpoint
ALTER TABLE `__new_visits` RENAME TO `visits`;