PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `u` RENAME COLUMN "email" TO "mail";--> statement-breakpoint
CREATE TABLE `__new_u` (
	`id` integer PRIMARY KEY NOT NULL,
	`mail` text,
	`name` text DEFAULT '?' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_u`(`id`,`mail`,`name`) SELECT `id`, `mail`, coalesce(`name`, '?') FROM `u`;--> statement-breakpoint
DROP TABLE `u`;--> statement-breakpoint
ALTER TABLE `__new_u` RENAME TO `u`;--> statement-breakpoint
CREATE UNIQUE INDEX `u_email_lower` ON `u` (lower("mail")) WHERE "mail" is not null;--> statement-breakpoint
CREATE INDEX `u_initial` ON `u` (substr("name", 1, 1));--> statement-breakpoint
PRAGMA foreign_keys=ON;