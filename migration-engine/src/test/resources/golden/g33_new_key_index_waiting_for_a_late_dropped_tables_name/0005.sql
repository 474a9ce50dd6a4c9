PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_t14` AS SELECT * FROM `t14`;--> statement-breakpoint
CREATE TABLE `__old_T92` AS SELECT * FROM `T92`;--> statement-breakpoint
CREATE TABLE `__old_v36` AS SELECT * FROM `v36`;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
DELETE FROM `v36`;--> statement-breakpoint
DELETE FROM `T92`;--> statement-breakpoint
DELETE FROM `t14`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `t1` (
	`code` text PRIMARY KEY NOT NULL,
	`c213` integer DEFAULT true NOT NULL,
	`rowid` numeric DEFAULT 215,
	`order` numeric DEFAULT 216,
	`we"ird` blob NOT NULL,
	`it's` integer,
	`c218` real,
	`c219` numeric,
	`c220` text GENERATED ALWAYS AS (upper("it's")) STORED,
	`c252` text GENERATED ALWAYS AS (lower("c220")) STORED,
	FOREIGN KEY (`c219`) REFERENCES `v36`(`c91`) ON UPDATE set null ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix223` ON `t1` (`code`,`c220`);--> statement-breakpoint
INSERT INTO `t14`(`id`,`c15`,`c17`,`c18`,`c20`,`we"ird`,`c72`,`c120`,`c222`) SELECT `id`,`c15`,`c17`,`c18`,`c20`,`we"ird`,`c72`,`c120`,`c222` FROM `__old_t14`;--> statement-breakpoint
INSERT INTO `T92`(`c95`,`c96`,`from`,`rowid`,`c97`,`c99`) SELECT `c95`,`c96`,`from`,`rowid`,`c97`,`c99` FROM `__old_T92`;--> statement-breakpoint
INSERT INTO `v36`(`c2`,`from`,`c91`,`c122`,`c209`,`c210`) SELECT `c2`,`from`,`c91`,`c122`,`c209`,`c210` FROM `__old_v36`;--> statement-breakpoint
INSERT INTO `t1`(`code`,`c213`,`rowid`,`order`,`we"ird`,`it's`,`c218`,`c219`) SELECT `code`, `c213`, `rowid`, `order`, `we"ird`, `it's`, `c218`, `c219` FROM `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t14`;--> statement-breakpoint
DROP TABLE `__old_T92`;--> statement-breakpoint
DROP TABLE `__old_v36`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `order`;--> statement-breakpoint
PRAGMA foreign_keys=ON;