DROP INDEX `subs_status_idx`;--> statement-breakpoint
DROP INDEX `subs_active_email`;--> statement-breakpoint
CREATE INDEX `subs_active_email_plain` ON `members` (`email`) WHERE "members"."state" in ('active', 'trial');--> statement-breakpoint
CREATE UNIQUE INDEX `subs_active_email` ON `members` (`state`,`id`) WHERE "members"."state" <> 'gone';