CREATE TABLE `m` (
	`id` integer PRIMARY KEY NOT NULL,
	`raw` text,
	`doubled` integer GENERATED ALWAYS AS ("raw" * 2) STORED,
	CONSTRAINT "m_doubled_nonneg" CHECK("m"."doubled" >= 0)
);
--> statement-breakpoint
CREATE INDEX `m_doubled_big` ON `m` (`doubled`) WHERE "m"."doubled" > 10;