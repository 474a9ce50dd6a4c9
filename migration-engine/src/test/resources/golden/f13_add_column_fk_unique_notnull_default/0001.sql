PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `tag` ADD `slug` text DEFAULT 'x' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `tag_slug_unique` ON `tag` (`slug`);--> statement-breakpoint
CREATE TABLE `__new_person` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`org_id` integer DEFAULT 1 NOT NULL,
	`age` integer DEFAULT 18,
	`email` text,
	FOREIGN KEY (`org_id`) REFERENCES `org`(`id`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "person_age_adult" CHECK("age" >= 18)
);
--> statement-breakpoint
INSERT INTO `__new_person`(`id`,`name`) SELECT `id`, `name` FROM `person`;--> statement-breakpoint
DROP TABLE `person`;--> statement-breakpoint
ALTER TABLE `__new_person` RENAME TO `person`;--> statement-breakpoint
CREATE UNIQUE INDEX `person_email_unique` ON `person` (`email`);--> statement-breakpoint
CREATE INDEX `person_email_idx` ON `person` (`email`,`name`);--> statement-breakpoint
PRAGMA foreign_keys=ON;