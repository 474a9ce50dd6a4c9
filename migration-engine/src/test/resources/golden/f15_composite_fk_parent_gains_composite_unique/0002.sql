PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `sites` RENAME COLUMN "org" TO "org_id";--> statement-breakpoint
ALTER TABLE `sites` RENAME COLUMN "num" TO "site_no";--> statement-breakpoint
CREATE TABLE `__new_visits` (
	`id` integer PRIMARY KEY NOT NULL,
	`site_code` text,
	`site_region` text,
	FOREIGN KEY (`site_code`,`site_region`) REFERENCES `sites`(`code`,`region`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_visits`(`id`,`site_code`,`site_region`) SELECT `id`, `site_code`, `site_region` FROM `visits`;--> statement-breakpoint
DROP TABLE `visits`;--> statement-breakpoint
ALTER TABLE `__new_visits` RENAME TO `visits`;--> statement-breakpoint
PRAGMA foreign_keys=ON;