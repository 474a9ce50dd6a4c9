CREATE TABLE `events` (
	`id` integer PRIMARY KEY NOT NULL,
	`tenant` text NOT NULL,
	`slug` text NOT NULL,
	`deleted` integer,
	`title` text,
	`prio` integer,
	`extra` text,
	CONSTRAINT "events_prio_ok" CHECK("prio" BETWEEN 0 AND 9)
);
--> statement-breakpoint
CREATE INDEX `events_live_title` ON `events` (`title`) WHERE "deleted" IS NULL;--> statement-breakpoint
CREATE INDEX `events_lower_slug` ON `events` (lower("slug"));--> statement-breakpoint
CREATE INDEX `events_prio_idx` ON `events` (`prio`,`extra`);--> statement-breakpoint
CREATE UNIQUE INDEX `events_tenant_slug_uq` ON `events` (`tenant`,`slug`);