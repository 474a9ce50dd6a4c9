PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `orgs` RENAME COLUMN "id" TO "slug";--> statement-breakpoint
CREATE TABLE `__new_members` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` text DEFAULT 'initech' NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`slug`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
INSERT INTO `__new_members`(`id`,`org_id`) SELECT `id`, coalesce(`org_id`, 'initech') FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
ALTER TABLE `__new_members` RENAME TO `members`;--> statement-breakpoint
PRAGMA foreign_keys=ON;