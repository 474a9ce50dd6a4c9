PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `my col` RENAME COLUMN "c54" TO "c86";--> statement-breakpoint
DROP INDEX `ex56`;--> statement-breakpoint
CREATE UNIQUE INDEX `uc91` ON `my col` (`c52`);--> statement-breakpoint
CREATE TABLE `__old_t44` AS SELECT * FROM `t44`;--> statement-breakpoint
DROP TABLE `t44`;--> statement-breakpoint
CREATE TABLE `t44` (
	`c18` blob NOT NULL,
	`c20` numeric,
	`c21` blob,
	`c22` blob,
	`c23` integer,
	`c25` integer,
	`rowid` integer GENERATED ALWAYS AS (length("c18")) STORED,
	`c58` integer GENERATED ALWAYS AS ("c18" IS NULL) STORED,
	FOREIGN KEY (`c25`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck88" CHECK("c20" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE INDEX `ex26` ON `t44` (("c22" || "c20")) WHERE "c22" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ex59` ON `t44` (length("c25")) WHERE "c25" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ix87` ON `t44` (`rowid`,`c18`);--> statement-breakpoint
INSERT INTO `t44`(`c18`,`c20`,`c21`,`c22`,`c23`,`c25`) SELECT `c18`, `c20`, `c21`, `c22`, `c23`, `c25` FROM `__old_t44`;--> statement-breakpoint
DROP TABLE `__old_t44`;--> statement-breakpoint
CREATE VIEW `v90` AS SELECT "c58" AS "a89" FROM "t44" WHERE "c21" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;