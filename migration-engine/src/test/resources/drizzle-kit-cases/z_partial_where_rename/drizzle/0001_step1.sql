ALTER TABLE `subs` RENAME COLUMN "status" TO "state";--> statement-breakpoint
ALTER TABLE `subs` RENAME COLUMN "deleted_at" TO "removed_at";--> statement-breakpoint
DROP INDEX `subs_active_email_uq`;--> statement-breakpoint
DROP INDEX `subs_status_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `subs_active_email_uq` ON `subs` (`email`) WHERE "subs"."state" = 'active' AND "subs"."removed_at" IS NULL;--> statement-breakpoint
CREATE INDEX `subs_status_idx` ON `subs` (`state`) WHERE "subs"."email" LIKE '%@%';