PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_subs` (
	`id` integer PRIMARY KEY NOT NULL,
	`mail` text,
	`st` text,
	`removed_at` real
);
--> statement-breakpoint
INSERT INTO `__new_subs`("id", "mail", "st", "removed_at") SELECT "id", "mail", "st", "removed_at" FROM `subs`;--> statement-breakpoint
DROP TABLE `subs`;--> statement-breakpoint
ALTER TABLE `__new_subs` RENAME TO `subs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `subs_active_email_uq` ON `subs` (`mail`) WHERE "subs"."st" = 'active' AND "subs"."removed_at" IS NULL;--> statement-breakpoint
CREATE INDEX `subs_st_idx` ON `subs` (`st`) WHERE "subs"."mail" LIKE '%@%';