PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v32`;--> statement-breakpoint
ALTER TABLE `t1` RENAME COLUMN "c2" TO "c122";--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_t33` AS SELECT * FROM `t33`;--> statement-breakpoint
UPDATE `t87` SET `c93` = coalesce((SELECT max(`id`) FROM `it's` WHERE typeof(`id`) = 'text'), '') || '~' || rowid;--> statement-breakpoint
DROP TABLE `t33`;--> statement-breakpoint
DROP TABLE `t87`;--> statement-breakpoint
DROP TABLE `it's`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_t1' WHERE name = 't1';--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `t1` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c122` integer,
	`c3` numeric,
	`c4` integer,
	`c5` integer,
	`c6` text GENERATED ALWAYS AS (lower("c4")) STORED,
	FOREIGN KEY (`c5`) REFERENCES `t1`(`id`) ON UPDATE set null ON DELETE cascade
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 't1' WHERE name = '__old_t1';--> statement-breakpoint
CREATE INDEX `ex7` ON `t1` (length("c5"));--> statement-breakpoint
CREATE INDEX `ex123` ON `t1` ("id" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `t33` (
	`code` text PRIMARY KEY NOT NULL,
	`select` real DEFAULT 34.5 NOT NULL,
	`c35` text,
	`c37` text,
	`c38` integer,
	`values` text,
	`c42` text GENERATED ALWAYS AS ("c35" || '-' || "values") VIRTUAL,
	`c115` integer,
	`c124` integer,
	FOREIGN KEY (`values`) REFERENCES `t33`(`c35`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c124`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck114" CHECK(length("code") < 60)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc36` ON `t33` (`c35`);--> statement-breakpoint
CREATE UNIQUE INDEX `ix41` ON `t33` (`c35`,`c37`);--> statement-breakpoint
CREATE INDEX `V32` ON `t33` (("select" || "values"));--> statement-breakpoint
CREATE UNIQUE INDEX `uq72` ON `t33` (`code`,`c35`);--> statement-breakpoint
INSERT INTO `t1`(`id`,`c122`,`c3`,`c4`,`c5`) SELECT `id`, `c122`, `c3`, `c4`, `c5` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `t33`(`code`,`select`,`c35`,`c37`,`c38`,`values`,`c115`) SELECT `code`, `select`, `c35`, `c37`, `c38`, `values`, `c115` FROM `__old_t33`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t33`;--> statement-breakpoint
PRAGMA foreign_keys=ON;