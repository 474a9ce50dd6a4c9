CREATE TABLE `we"ird` (
	`values` text DEFAULT '' NOT NULL,
	`c2` real,
	`c3` real,
	`group` blob
);
--> statement-breakpoint
CREATE INDEX `ix4` ON `we"ird` (`values`,`group`) WHERE "values" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ex5` ON `we"ird` ("group" DESC);