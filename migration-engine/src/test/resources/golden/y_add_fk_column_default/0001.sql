PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`org_id` integer DEFAULT 1 NOT NULL,
	`backup_org` integer DEFAULT 2,
	`mentor_id` integer,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`backup_org`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`mentor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `users`(`id`,`name`) SELECT `id`, `name` FROM `__old_users`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;