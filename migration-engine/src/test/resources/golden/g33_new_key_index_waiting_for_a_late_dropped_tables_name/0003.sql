PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v71`;--> statement-breakpoint
DROP VIEW `v104`;--> statement-breakpoint
DROP VIEW `v119`;--> statement-breakpoint
DROP TABLE `T37`;--> statement-breakpoint
ALTER TABLE `t92` RENAME TO `__rename_T92`;--> statement-breakpoint
ALTER TABLE `__rename_T92` RENAME TO `T92`;--> statement-breakpoint
ALTER TABLE `t107` RENAME COLUMN "c115" TO "c157";--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_t14` AS SELECT * FROM `t14`;--> statement-breakpoint
CREATE TABLE `__old_T92` AS SELECT * FROM `T92`;--> statement-breakpoint
CREATE TABLE `__old_t107` AS SELECT * FROM `t107`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_t107' WHERE name = 't107';--> statement-breakpoint
DROP TABLE `t107`;--> statement-breakpoint
DROP TABLE `T92`;--> statement-breakpoint
DROP TABLE `t14`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `t1` (
	`c2` text,
	`from` blob,
	`c91` numeric,
	`c122` numeric,
	FOREIGN KEY (`c122`) REFERENCES `t1`(`c91`) ON UPDATE restrict ON DELETE no action,
	CONSTRAINT "ck106" CHECK("c91" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t1_c91_unique` ON `t1` (`c91`);--> statement-breakpoint
CREATE INDEX `ix3` ON `t1` (`from`);--> statement-breakpoint
CREATE TABLE `t14` (
	`id` integer PRIMARY KEY NOT NULL,
	`c15` text,
	`c17` text,
	`c18` numeric DEFAULT 19,
	`c20` integer,
	`we"ird` integer,
	`c72` integer,
	`c120` numeric,
	FOREIGN KEY (`c20`) REFERENCES `t14`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`we"ird`) REFERENCES `t14`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c120`) REFERENCES `t1`(`c91`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck167" CHECK(length("c18") < 60)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc16` ON `t14` (`c15`);--> statement-breakpoint
CREATE INDEX `ix22` ON `t14` (`c20`);--> statement-breakpoint
CREATE INDEX `ix105` ON `t14` (`we"ird`);--> statement-breakpoint
CREATE TABLE `T92` (
	`c95` integer NOT NULL,
	`c96` text NOT NULL,
	`from` integer DEFAULT (93 + 1) NOT NULL,
	`rowid` text DEFAULT (CURRENT_TIMESTAMP),
	`c97` integer,
	`c99` integer,
	FOREIGN KEY (`c97`) REFERENCES `t14`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uq159` ON `T92` (`c96`,`c95`);--> statement-breakpoint
CREATE TABLE `t107` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c108` numeric DEFAULT 109,
	`c110` blob,
	`c111` numeric DEFAULT 112 NOT NULL,
	`c113` integer,
	`c157` text,
	`c116` integer GENERATED ALWAYS AS ("c108" IS NULL) STORED,
	FOREIGN KEY (`c157`) REFERENCES `t14`(`c15`) ON UPDATE restrict ON DELETE set null
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 't107' WHERE name = '__old_t107';--> statement-breakpoint
INSERT INTO `t1`(`c2`,`from`,`c91`,`c122`) SELECT `c2`, `from`, `c91`, `c122` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `t14`(`id`,`c15`,`c17`,`c18`,`c20`,`we"ird`,`c72`,`c120`) SELECT `id`, `c15`, `c17`, `c18`, `c20`, `we"ird`, `c72`, `c120` FROM `__old_t14`;--> statement-breakpoint
INSERT INTO `T92`(`c95`,`c96`,`from`,`rowid`,`c97`,`c99`) SELECT `c95`, `c96`, `from`, `rowid`, `c97`, `c99` FROM `__old_T92`;--> statement-breakpoint
INSERT INTO `t107`(`id`,`c108`,`c110`,`c111`,`c113`,`c157`) SELECT `id`, `c108`, `c110`, `c111`, `c113`, `c157` FROM `__old_t107`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t14`;--> statement-breakpoint
DROP TABLE `__old_T92`;--> statement-breakpoint
DROP TABLE `__old_t107`;--> statement-breakpoint
CREATE TABLE `order` (
	`c160` real DEFAULT 161.5 NOT NULL,
	`c162` integer,
	`c163` numeric,
	FOREIGN KEY (`c162`) REFERENCES `t107`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c163`) REFERENCES `t1`(`c91`) ON UPDATE set default ON DELETE no action,
	CONSTRAINT "ck166" CHECK("c160" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE INDEX `ix165` ON `order` (`c163`);--> statement-breakpoint
DROP TABLE `t7`;--> statement-breakpoint
CREATE INDEX `T7` ON `t14` ("c120" COLLATE NOCASE);--> statement-breakpoint
CREATE VIEW `v104` AS SELECT "c97" AS "a101", "c96" AS "a102", "rowid" AS "a103" FROM "T92";--> statement-breakpoint
PRAGMA foreign_keys=ON;