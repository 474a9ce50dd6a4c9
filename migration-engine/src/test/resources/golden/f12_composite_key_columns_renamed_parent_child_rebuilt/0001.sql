PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `tenants_users` RENAME TO `tenant_users`;--> statement-breakpoint
ALTER TABLE `tenant_users` RENAME COLUMN "tenant" TO "org";--> statement-breakpoint
ALTER TABLE `tenant_users` RENAME COLUMN "uid" TO "user_no";--> statement-breakpoint
ALTER TABLE `tokens` RENAME COLUMN "tenant" TO "org";--> statement-breakpoint
ALTER TABLE `tokens` RENAME COLUMN "uid" TO "user_no";--> statement-breakpoint
ALTER TABLE `tenant_users` ADD `admin` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE TABLE `__new_tokens` (
	`id` integer PRIMARY KEY NOT NULL,
	`org` text NOT NULL,
	`user_no` integer NOT NULL,
	`tok` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`org`,`user_no`) REFERENCES `tenant_users`(`org`,`user_no`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_tokens`(`id`,`org`,`user_no`,`tok`) SELECT `id`, `org`, `user_no`, coalesce(`tok`, '') FROM `tokens`;--> statement-breakpoint
DROP TABLE `tokens`;--> statement-breakpoint
ALTER TABLE `__new_tokens` RENAME TO `tokens`;--> statement-breakpoint
CREATE INDEX `tokens_owner_idx` ON `tokens` (`org`,`user_no`);--> statement-breakpoint
PRAGMA foreign_keys=ON;