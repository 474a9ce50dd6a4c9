PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `V44`;--> statement-breakpoint
ALTER TABLE `t17` RENAME COLUMN "c26" TO "__dropped_c26";--> statement-breakpoint
ALTER TABLE `t17` RENAME COLUMN "c23" TO "C26";--> statement-breakpoint
CREATE TABLE `__old_t27` AS SELECT * FROM `t27`;--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
CREATE TABLE `__old_t17` AS SELECT * FROM `t17`;--> statement-breakpoint
CREATE TABLE `__old_t37` AS SELECT * FROM `t37`;--> statement-breakpoint
CREATE TABLE `__old_order` AS SELECT * FROM `order`;--> statement-breakpoint
CREATE TABLE `__old_t172` AS SELECT * FROM `t172`;--> statement-breakpoint
DELETE FROM `t172`;--> statement-breakpoint
DELETE FROM `order`;--> statement-breakpoint
DROP TABLE `t37`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_t17' WHERE name = 't17';--> statement-breakpoint
DROP TABLE `t17`;--> statement-breakpoint
CREATE TABLE `t17` (`id` integer, `c18` numeric, `c19` integer, `c21` numeric, `C26` numeric, `c24` blob, `c25` blob, `__dropped_c26` text, PRIMARY KEY(`id`));--> statement-breakpoint
DROP TABLE `we"ird`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_t27' WHERE name = 't27';--> statement-breakpoint
DROP TABLE `t27`;--> statement-breakpoint
DROP TABLE `t17`;--> statement-breakpoint
CREATE TABLE `t27` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c29` blob,
	`c31` text DEFAULT '' NOT NULL,
	`c33` blob,
	`c34` integer,
	`c35` integer,
	FOREIGN KEY (`c34`) REFERENCES `t17`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c35`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 't27' WHERE name = '__old_t27';--> statement-breakpoint
CREATE UNIQUE INDEX `t27_c29_unique` ON `t27` (`c29`);--> statement-breakpoint
CREATE TABLE `we"ird` (
	`id` integer PRIMARY KEY NOT NULL,
	`values` real DEFAULT 11.5 NOT NULL,
	`C12` blob,
	`c14` numeric,
	`c15` integer,
	`c16` blob,
	`c135` integer,
	`c215` real GENERATED ALWAYS AS (coalesce("id", "c15")) STORED,
	FOREIGN KEY (`c15`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c16`) REFERENCES `we"ird`(`C12`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c135`) REFERENCES `t27`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `we"ird_C12_unique` ON `we"ird` (`C12`);--> statement-breakpoint
CREATE UNIQUE INDEX `uq132` ON `we"ird` (`c14`,`c15`);--> statement-breakpoint
CREATE TABLE `t17` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c18` numeric,
	`c19` integer DEFAULT (89 + 1) NOT NULL,
	`c21` numeric DEFAULT 22 NOT NULL,
	`C26` numeric,
	`c24` blob,
	`c25` blob,
	FOREIGN KEY (`c25`) REFERENCES `we"ird`(`C12`) ON UPDATE cascade ON DELETE set default
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 't17' WHERE name = '__old_t17';--> statement-breakpoint
CREATE INDEX `ix133` ON `t17` (`c25`,`C26`);--> statement-breakpoint
CREATE TABLE `t37` (
	`code` text PRIMARY KEY NOT NULL,
	`c38` blob NOT NULL,
	`c40` blob,
	`values` integer,
	`c90` integer,
	`c108` blob,
	`c134` integer,
	FOREIGN KEY (`c40`) REFERENCES `t27`(`c29`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`values`) REFERENCES `t27`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c90`) REFERENCES `t17`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "ck42" CHECK("c38" IS NULL OR "c38" IS NOT -1),
	CONSTRAINT "ck78" CHECK(length("values") < 70)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t37_c38_unique` ON `t37` (`c38`);--> statement-breakpoint
CREATE INDEX `ix41` ON `t37` (`c38`,`values`);--> statement-breakpoint
CREATE INDEX `ex88` ON `t37` (substr("c38", 1, 3)) WHERE "c38" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ex216` ON `t37` (length("c40"));--> statement-breakpoint
INSERT INTO `t27`(`id`,`c29`,`c31`,`c33`,`c34`,`c35`) SELECT `id`, `c29`, `c31`, `c33`, `c34`, `c35` FROM `__old_t27`;--> statement-breakpoint
INSERT INTO `we"ird`(`id`,`values`,`C12`,`c14`,`c15`,`c16`,`c135`) SELECT `id`, `values`, `C12`, `c14`, `c15`, `c16`, `c135` FROM `__old_we"ird`;--> statement-breakpoint
INSERT INTO `t17`(`id`,`c18`,`c19`,`c21`,`C26`,`c24`,`c25`) SELECT `id`, `c18`, `c19`, `c21`, `C26`, `c24`, `c25` FROM `__old_t17`;--> statement-breakpoint
INSERT INTO `t37`(`code`,`c38`,`c40`,`values`,`c90`,`c108`,`c134`) SELECT `code`, `c38`, `c40`, `values`, `c90`, `c108`, `c134` FROM `__old_t37`;--> statement-breakpoint
INSERT INTO `order`(`id`,`c137`,`values`,`from`,`c139`) SELECT `id`,`c137`,`values`,`from`,`c139` FROM `__old_order`;--> statement-breakpoint
INSERT INTO `t172`(`c175`,`c176`,`group`,`c173`,`c177`,`order`) SELECT `c175`,`c176`,`group`,`c173`,`c177`,`order` FROM `__old_t172`;--> statement-breakpoint
DROP TABLE `__old_t27`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_t17`;--> statement-breakpoint
DROP TABLE `__old_t37`;--> statement-breakpoint
DROP TABLE `__old_order`;--> statement-breakpoint
DROP TABLE `__old_t172`;--> statement-breakpoint
CREATE VIEW `v44` AS SELECT "c18" AS "a43" FROM "t17";--> statement-breakpoint
PRAGMA foreign_keys=ON;