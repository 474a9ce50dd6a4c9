PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `my col`;--> statement-breakpoint
DROP TABLE `group`;--> statement-breakpoint
CREATE TABLE `t43` (
	`c35` integer NOT NULL,
	`c36` text NOT NULL,
	`order` blob,
	`c37` integer,
	`c38` text,
	`c39` blob,
	PRIMARY KEY(`c35`, `c36`),
	FOREIGN KEY (`c37`,`c38`) REFERENCES `t43`(`c35`,`c36`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c39`) REFERENCES `t43`(`order`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc34` ON `t43` (`order`);--> statement-breakpoint
CREATE UNIQUE INDEX `uc44` ON `t43` (`c37`);--> statement-breakpoint
CREATE INDEX `ix41` ON `t43` (`c37`) WHERE "c37" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `ix42` ON `t43` (`c38`) WHERE "c38" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` blob,
	`c3` integer,
	`c4` integer DEFAULT 5,
	`c6` numeric,
	`c7` integer,
	`c9` integer,
	`c31` real GENERATED ALWAYS AS (coalesce("c3", "c7")) STORED,
	`c32` text GENERATED ALWAYS AS (lower("c3")) VIRTUAL,
	FOREIGN KEY (`c7`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c9`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ex12` ON `t1` (("c9" || "c7"));--> statement-breakpoint
INSERT INTO `t1`(`id`,`c2`,`c3`,`c4`,`c6`,`c7`,`c9`) SELECT `id`, `c2`, `c3`, `c4`, `c6`, `c7`, `c9` FROM `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
PRAGMA foreign_keys=ON;