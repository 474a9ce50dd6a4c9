PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `subs` RENAME COLUMN "email" TO "mail";--> statement-breakpoint
ALTER TABLE `subs` RENAME COLUMN "state" TO "st";--> statement-breakpoint
CREATE TABLE `__new_subs` (
	`id` integer PRIMARY KEY NOT NULL,
	`mail` text,
	`st` text,
	`removed_at` real
);
--> statement-breakpoint
INSERT INTO `__new_subs`(`id`,`mail`,`st`,`removed_at`) SELECT `id`, `mail`, `st`, `removed_at` FROM `subs`;--> statement-breakpoint
DROP TABLE `subs`;--> statement-breakpoint
ALTER TABLE `__new_subs` RENAME TO `subs`;--> statement-breakpoint
CREATE UNIQUE INDEX `subs_active_email_uq` ON `subs` (`mail`) WHERE "st" = 'active' AND "removed_at" IS NULL;--> statement-breakpoint
CREATE INDEX `subs_st_idx` ON `subs` (`st`) WHERE "mail" LIKE '%@%';--> statement-breakpoint
PRAGMA foreign_keys=ON;