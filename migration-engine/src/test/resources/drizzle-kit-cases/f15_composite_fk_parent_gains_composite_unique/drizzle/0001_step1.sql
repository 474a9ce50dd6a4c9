PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_visits` (
	`id` integer PRIMARY KEY NOT NULL,
	`site_org` integer,
	`site_num` integer,
	`site_code` text,
	`site_region` text,
	FOREIGN KEY (`site_org`,`site_num`) REFERENCES `sites`(`org`,`num`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`site_code`,`site_region`) REFERENCES `sites`(`code`,`region`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_visits`("id", "site_org", "site_num", "site_code", "site_region") SELECT "id", "site_org", "site_num", "site_code", "site_region" FROM `visits`;--> statement-breakpoint
DROP TABLE `visits`;--> statement-breakpoint
ALTER TABLE `__new_visits` RENAME TO `visits`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `sites_code_region_uq` ON `sites` (`code`,`region`);