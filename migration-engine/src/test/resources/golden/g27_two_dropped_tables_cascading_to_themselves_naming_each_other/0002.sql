PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t43` RENAME COLUMN "order" TO "c52";--> statement-breakpoint
CREATE TABLE `t54` (
	`my col` numeric DEFAULT 55,
	`values` text,
	`order` blob,
	`c57` numeric DEFAULT 58 NOT NULL,
	`Mixed Case` blob,
	`c60` integer,
	FOREIGN KEY (`Mixed Case`) REFERENCES `t54`(`order`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c60`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc56` ON `t54` (`order`);--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_t43` AS SELECT * FROM `t43`;--> statement-breakpoint
DROP TABLE `t43`;--> statement-breakpoint
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
	FOREIGN KEY (`c7`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex12` ON `t1` (("c9" || "c7"));--> statement-breakpoint
CREATE INDEX `ex49` ON `t1` (substr("c2", 1, 3));--> statement-breakpoint
CREATE TABLE `t43` (
	`c35` integer NOT NULL,
	`c36` text NOT NULL,
	`c52` blob,
	`c37` integer,
	`c38` text,
	`c39` blob,
	`c50` integer,
	`c51` text,
	`order` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`c35`, `c36`),
	FOREIGN KEY (`c37`,`c38`) REFERENCES `t43`(`c35`,`c36`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c39`) REFERENCES `t43`(`c52`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c50`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc34` ON `t43` (`c52`);--> statement-breakpoint
CREATE UNIQUE INDEX `uc44` ON `t43` (`c37`);--> statement-breakpoint
CREATE UNIQUE INDEX `ix42` ON `t43` (`c38`) WHERE "c38" IS NOT NULL;--> statement-breakpoint
INSERT INTO `t1`(`id`,`c2`,`c3`,`c4`,`c6`,`c7`,`c9`) SELECT `id`, `c2`, `c3`, `c4`, `c6`, `c7`, `c9` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `t43`(`c35`,`c36`,`c52`,`c37`,`c38`,`c39`) SELECT `c35`, `c36`, `c52`, `c37`, `c38`, `c39` FROM `__old_t43`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t43`;--> statement-breakpoint
CREATE VIEW `v62` AS SELECT "order" AS "a61" FROM "t43";--> statement-breakpoint
PRAGMA foreign_keys=ON;