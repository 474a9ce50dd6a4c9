ALTER TABLE `subs` RENAME COLUMN "status" TO "state";--> statement-breakpoint
ALTER TABLE `subs` RENAME COLUMN "deleted_at" TO "removed_at";--> statement-breakpoint
DROP INDEX `subs_active_email_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `subs_active_email_uq` ON `subs` (`email`) WHERE "state" = 'active' AND "removed_at" IS NULL;