PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v86`;--> statement-breakpoint
CREATE TABLE `t161` (
	`c163` integer NOT NULL,
	`c164` text NOT NULL,
	`c162` numeric,
	`c165` integer,
	`c166` text,
	`c167` integer,
	`c170` integer GENERATED ALWAYS AS ("c164" IS NULL) STORED,
	PRIMARY KEY(`c163`, `c164`),
	FOREIGN KEY (`c165`,`c166`) REFERENCES `t161`(`c163`,`c164`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c167`) REFERENCES `t39`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "ck169" CHECK("c163" IS NULL OR "c163" IS NOT -1)
);
--> statement-breakpoint
CREATE TABLE `__old_from` AS SELECT * FROM `from`;--> statement-breakpoint
CREATE TABLE `__old_t64` AS SELECT * FROM `t64`;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_t39` AS SELECT * FROM `t39`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_t39' WHERE name = 't39';--> statement-breakpoint
DROP TABLE `t39`;--> statement-breakpoint
DROP TABLE `t64`;--> statement-breakpoint
DROP TABLE `from`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `from` (
	`id` integer PRIMARY KEY NOT NULL,
	`c73` integer DEFAULT 74 NOT NULL,
	`c75` integer DEFAULT (76 + 1),
	`c77` integer DEFAULT 78,
	`c79` integer,
	`Mixed Case` text,
	`c80` integer,
	`c81` text,
	`c87` integer,
	`c158` text,
	FOREIGN KEY (`c80`,`c81`) REFERENCES `t64`(`c67`,`c68`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c87`) REFERENCES `from`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c158`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc157` ON `from` (`c79`);--> statement-breakpoint
CREATE INDEX `ixr155` ON `from` (`Mixed Case`);--> statement-breakpoint
CREATE TABLE `t64` (
	`c67` integer NOT NULL,
	`c68` text NOT NULL,
	`c65` text DEFAULT 'it''s d156',
	`c69` integer,
	`c70` text,
	`c71` text,
	`select` integer DEFAULT 110 NOT NULL,
	`c124` integer,
	`Mixed Case` text GENERATED ALWAYS AS ("c71" || '-' || "c69") STORED,
	PRIMARY KEY(`c67`, `c68`),
	FOREIGN KEY (`c71`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c124`) REFERENCES `from`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck72" CHECK("c67" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE TABLE `t1` (
	`code` text PRIMARY KEY NOT NULL,
	`c2` text,
	`c3` integer,
	`my col` blob,
	`c4` numeric,
	`order` text,
	`c7` text,
	`c5` real,
	`c36` text GENERATED ALWAYS AS (typeof("c5")) VIRTUAL,
	`group` integer,
	`rowid` text,
	FOREIGN KEY (`order`) REFERENCES `t1`(`code`) ON UPDATE restrict ON DELETE set null,
	FOREIGN KEY (`c7`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`group`,`rowid`) REFERENCES `t64`(`c67`,`c68`) ON UPDATE cascade ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc37` ON `t1` (`c5`);--> statement-breakpoint
CREATE INDEX `ex38` ON `t1` (lower("c7")) WHERE "c7" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ex160` ON `t1` (lower("c7"));--> statement-breakpoint
CREATE TABLE `t39` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c40` text DEFAULT 'd41' NOT NULL,
	`c42` numeric,
	`c43` integer,
	`c45` integer,
	`c47` integer,
	FOREIGN KEY (`c45`) REFERENCES `t39`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c47`) REFERENCES `t39`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 't39' WHERE name = '__old_t39';--> statement-breakpoint
INSERT INTO `from`(`id`,`c73`,`c75`,`c77`,`c79`,`Mixed Case`,`c80`,`c81`,`c87`) SELECT `id`, `c73`, `c75`, `c77`, `c79`, `Mixed Case`, `c80`, `c81`, `c87` FROM `__old_from`;--> statement-breakpoint
INSERT INTO `t64`(`c67`,`c68`,`c65`,`c69`,`c70`,`c71`,`select`,`c124`) SELECT `c67`, `c68`, `c65`, `c69`, `c70`, `c71`, `select`, `c124` FROM `__old_t64`;--> statement-breakpoint
INSERT INTO `t1`(`code`,`c2`,`c3`,`my col`,`c4`,`order`,`c7`,`c5`) SELECT `code`, `c2`, `c3`, `my col`, `c4`, `order`, `c7`, `c5` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `t39`(`id`,`c40`,`c42`,`c43`,`c45`,`c47`) SELECT `id`, `c40`, `c42`, `c43`, `c45`, `c47` FROM `__old_t39`;--> statement-breakpoint
DROP TABLE `__old_from`;--> statement-breakpoint
DROP TABLE `__old_t64`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t39`;--> statement-breakpoint
DROP TABLE `t48`;--> statement-breakpoint
CREATE VIEW `v86` AS SELECT "c45" AS "a83", "c47" AS "a84", "c40" AS "a85", "c42" AS "a123" FROM "t39";--> statement-breakpoint
PRAGMA foreign_keys=ON;