PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_profiles` (
	`id` integer PRIMARY KEY NOT NULL,
	`payload` text DEFAULT '{}' NOT NULL,
	`kind` text DEFAULT 'user'
);
--> statement-breakpoint
INSERT INTO `__new_profiles`("id", "payload", "kind") SELECT "id", "payload", "kind" FROM `profiles`;--> statement-breakpoint
DROP TABLE `profiles`;--> statement-breakpoint
ALTER TABLE `__new_profiles` RENAME TO `profiles`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `profiles_email_uq` ON `profiles` (`json_extract("payload"`,` '$.email')`) WHERE json_extract("profiles"."payload", '$.email') is not null;--> statement-breakpoint
CREATE INDEX `profiles_age_idx` ON `profiles` (`id`,`json_extract("payload"`,` '$.age')`);