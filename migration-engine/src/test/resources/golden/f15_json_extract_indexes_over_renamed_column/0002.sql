PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_profiles` (
	`id` integer PRIMARY KEY NOT NULL,
	`payload` text DEFAULT '{}' NOT NULL,
	`kind` text DEFAULT 'user'
);
--> statement-breakpoint
INSERT INTO `__new_profiles`(`id`,`payload`) SELECT `id`, coalesce(`payload`, '{}') FROM `profiles`;--> statement-breakpoint
DROP TABLE `profiles`;--> statement-breakpoint
ALTER TABLE `__new_profiles` RENAME TO `profiles`;--> statement-breakpoint
CREATE UNIQUE INDEX `profiles_email_uq` ON `profiles` (json_extract("payload", '$.email')) WHERE json_extract("payload", '$.email') is not null;--> statement-breakpoint
CREATE INDEX `profiles_age_idx` ON `profiles` (`id`,json_extract("payload", '$.age'));--> statement-breakpoint
PRAGMA foreign_keys=ON;