PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `invites` RENAME COLUMN "used" TO "consumed";--> statement-breakpoint
CREATE TABLE `__new_invites` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`consumed` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_invites`(`id`,`email`,`consumed`) SELECT `id`, `email`, coalesce(`consumed`, 0) FROM `invites`;--> statement-breakpoint
DROP TABLE `invites`;--> statement-breakpoint
ALTER TABLE `__new_invites` RENAME TO `invites`;--> statement-breakpoint
CREATE UNIQUE INDEX `live_email` ON `invites` (`email`) WHERE "consumed" = 0;--> statement-breakpoint
PRAGMA foreign_keys=ON;