PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_members` AS SELECT * FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` integer NOT NULL,
	`email` text,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `members`(`id`,`org_id`,`email`) SELECT `id`, `org_id`, `email` FROM `__old_members`;--> statement-breakpoint
DROP TABLE `__old_members`;--> statement-breakpoint
PRAGMA foreign_keys=ON;