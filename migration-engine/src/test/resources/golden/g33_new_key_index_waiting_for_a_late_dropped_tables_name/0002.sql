PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `t92` (
	`c95` integer NOT NULL,
	`c96` text NOT NULL,
	`from` integer DEFAULT (93 + 1) NOT NULL,
	`rowid` text DEFAULT (CURRENT_TIMESTAMP),
	`c97` integer,
	`c99` integer,
	FOREIGN KEY (`c97`) REFERENCES `t14`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c99`) REFERENCES `t7`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck100" CHECK("c95" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE TABLE `t107` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c108` numeric DEFAULT 109,
	`c110` blob,
	`c111` numeric DEFAULT 112 NOT NULL,
	`c113` integer,
	`c115` text,
	`c116` integer GENERATED ALWAYS AS ("c108" IS NULL) STORED,
	FOREIGN KEY (`c113`) REFERENCES `t7`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c115`) REFERENCES `t14`(`c15`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `T37_c63_unique`;--> statement-breakpoint
ALTER TABLE `T37` DROP COLUMN `c63`;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_t14` AS SELECT * FROM `t14`;--> statement-breakpoint
DROP TABLE `t14`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `t1` (
	`c2` text,
	`from` blob,
	`c91` numeric,
	`c122` numeric,
	FOREIGN KEY (`c122`) REFERENCES `t1`(`c91`) ON UPDATE no action ON DELETE set null,
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
	FOREIGN KEY (`c120`) REFERENCES `t1`(`c91`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc16` ON `t14` (`c15`);--> statement-breakpoint
CREATE INDEX `ix22` ON `t14` (`c20`);--> statement-breakpoint
CREATE INDEX `ix105` ON `t14` (`we"ird`);--> statement-breakpoint
INSERT INTO `t1`(`c2`,`from`) SELECT `c2`, `from` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `t14`(`id`,`c15`,`c17`,`c18`,`c20`,`we"ird`,`c72`) SELECT `id`, `c15`, `c17`, `c18`, `c20`, `we"ird`, `c72` FROM `__old_t14`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t14`;--> statement-breakpoint
DROP TABLE `group`;--> statement-breakpoint
CREATE VIEW `v104` AS SELECT "c97" AS "a101", "c96" AS "a102", "rowid" AS "a103" FROM "t92";--> statement-breakpoint
CREATE VIEW `v119` AS SELECT "c64" AS "a117", "c61" AS "a118" FROM "T37";--> statement-breakpoint
PRAGMA foreign_keys=ON;