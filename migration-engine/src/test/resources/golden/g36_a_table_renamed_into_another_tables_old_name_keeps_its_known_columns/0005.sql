PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v30`;--> statement-breakpoint
DROP VIEW `v64`;--> statement-breakpoint
DROP VIEW `v145`;--> statement-breakpoint
ALTER TABLE `Mixed Case` RENAME TO `t219`;--> statement-breakpoint
ALTER TABLE `we"ird` RENAME TO `mIXED cASE`;--> statement-breakpoint
ALTER TABLE `t14` RENAME COLUMN "from" TO "FROM";--> statement-breakpoint
ALTER TABLE `t133` ADD `key` integer REFERENCES `mIXED cASE`(`id`) ON UPDATE restrict ON DELETE no action;--> statement-breakpoint
ALTER TABLE `t133` DROP COLUMN `c143`;--> statement-breakpoint
ALTER TABLE `t133` DROP COLUMN `c138`;--> statement-breakpoint
CREATE TABLE `__old_mIXED cASE` AS SELECT * FROM `mIXED cASE`;--> statement-breakpoint
CREATE TABLE `__old_t133` AS SELECT * FROM `t133`;--> statement-breakpoint
CREATE TABLE `__old_t14` AS SELECT * FROM `t14`;--> statement-breakpoint
CREATE TABLE `__old_t146` AS SELECT * FROM `t146`;--> statement-breakpoint
CREATE TABLE `__old_t219` AS SELECT * FROM `t219`;--> statement-breakpoint
DELETE FROM `t133`;--> statement-breakpoint
DROP TABLE `t219`;--> statement-breakpoint
DROP TABLE `t146`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_mIXED cASE' WHERE name = 'mIXED cASE';--> statement-breakpoint
DROP TABLE `mIXED cASE`;--> statement-breakpoint
DROP TABLE `order`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_t14' WHERE name = 't14';--> statement-breakpoint
DROP TABLE `t14`;--> statement-breakpoint
CREATE TABLE `mIXED cASE` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c1` real,
	`c4` integer,
	`c100` integer,
	`c6` integer DEFAULT -102,
	`c184` blob,
	FOREIGN KEY (`c4`) REFERENCES `mIXED cASE`(`id`) ON UPDATE set null ON DELETE cascade,
	FOREIGN KEY (`c100`) REFERENCES `mIXED cASE`(`id`) ON UPDATE set null ON DELETE restrict
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'mIXED cASE' WHERE name = '__old_mIXED cASE';--> statement-breakpoint
CREATE TABLE `t14` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c15` integer DEFAULT (16 + 1),
	`FROM` real,
	`c17` real,
	`c18` integer,
	`c21` integer GENERATED ALWAYS AS (length("c17")) VIRTUAL,
	`c98` blob,
	`order` text DEFAULT 'd185',
	`c186` integer GENERATED ALWAYS AS (length("order")) VIRTUAL,
	`select` integer,
	FOREIGN KEY (`c18`) REFERENCES `mIXED cASE`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`select`) REFERENCES `t133`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "ck20" CHECK("FROM" IS NULL OR "FROM" IS NOT -1)
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 't14' WHERE name = '__old_t14';--> statement-breakpoint
CREATE UNIQUE INDEX `t14_c17_unique` ON `t14` (`c17`);--> statement-breakpoint
CREATE TABLE `t146` (
	`id` integer PRIMARY KEY NOT NULL,
	`c147` blob,
	`c148` real DEFAULT 149.5,
	`c150` integer,
	`we"ird` integer,
	FOREIGN KEY (`c150`) REFERENCES `t14`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`we"ird`) REFERENCES `t146`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck151" CHECK(length("id") < 60)
);
--> statement-breakpoint
CREATE TABLE `t219` (
	`id` integer PRIMARY KEY NOT NULL,
	`c31` real DEFAULT 32.5,
	`c33` text,
	`c34` blob,
	`c35` integer,
	`c37` text,
	`c40` integer GENERATED ALWAYS AS ("id" IS NULL) STORED,
	`c129` text GENERATED ALWAYS AS (upper("c35")) VIRTUAL,
	`c131` text,
	`c132` numeric,
	`c222` integer,
	FOREIGN KEY (`c35`) REFERENCES `t14`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c222`) REFERENCES `t146`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "ck39" CHECK("c31" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc66` ON `t219` (`c31`);--> statement-breakpoint
CREATE INDEX `ix38` ON `t219` (`c35`,`c37`);--> statement-breakpoint
CREATE INDEX `ex130` ON `t219` (("c37" || "c40"));--> statement-breakpoint
INSERT INTO `mIXED cASE`(`id`,`c1`,`c4`,`c100`,`c6`,`c184`) SELECT `id`, `c1`, `c4`, `c100`, `c6`, `c184` FROM `__old_mIXED cASE`;--> statement-breakpoint
INSERT INTO `t133`(`id`,`c134`,`c135`,`c137`,`c139`,`c141`,`key`) SELECT `id`,`c134`,`c135`,`c137`,`c139`,`c141`,`key` FROM `__old_t133`;--> statement-breakpoint
INSERT INTO `t14`(`id`,`c15`,`FROM`,`c17`,`c18`,`c98`,`order`) SELECT `id`, `c15`, `FROM`, `c17`, `c18`, `c98`, `order` FROM `__old_t14`;--> statement-breakpoint
INSERT INTO `t146`(`id`,`c147`,`c148`,`c150`,`we"ird`) SELECT `id`, `c147`, `c148`, `c150`, `we"ird` FROM `__old_t146`;--> statement-breakpoint
INSERT INTO `t219`(`id`,`c31`,`c33`,`c34`,`c35`,`c37`,`c131`,`c132`) SELECT `id`, `c31`, `c33`, `c34`, `c35`, `c37`, `c131`, `c132` FROM `__old_t219`;--> statement-breakpoint
DROP TABLE `__old_mIXED cASE`;--> statement-breakpoint
DROP TABLE `__old_t133`;--> statement-breakpoint
DROP TABLE `__old_t14`;--> statement-breakpoint
DROP TABLE `__old_t146`;--> statement-breakpoint
DROP TABLE `__old_t219`;--> statement-breakpoint
CREATE VIEW `v30` AS SELECT "c4" AS "a27", "c1" AS "a28", "c100" AS "a29" FROM "mIXED cASE";--> statement-breakpoint
CREATE VIEW `v64` AS SELECT "FROM" AS "a63", "c18" AS "a67", "FROM" AS "a221" FROM "t14";--> statement-breakpoint
PRAGMA foreign_keys=ON;