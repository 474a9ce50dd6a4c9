PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_things` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`qty` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_things`(`id`,`label`,`qty`) SELECT `id`, coalesce(`label`, ''), 0 FROM `things`;--> statement-breakpoint
DROP TABLE `things`;--> statement-breakpoint
ALTER TABLE `__new_things` RENAME TO `things`;--> statement-breakpoint
PRAGMA foreign_keys=ON;