PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v30`;--> statement-breakpoint
CREATE TABLE `t146` (
	`id` integer PRIMARY KEY NOT NULL,
	`c147` real,
	`c148` real DEFAULT 149.5,
	`c150` integer,
	`we"ird` integer,
	FOREIGN KEY (`c150`) REFERENCES `t14`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`we"ird`) REFERENCES `t146`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck151" CHECK(length("id") < 60)
);
--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
CREATE TABLE `__old_t14` AS SELECT * FROM `t14`;--> statement-breakpoint
CREATE TABLE `__old_order` AS SELECT * FROM `order`;--> statement-breakpoint
CREATE TABLE `__old_Mixed Case` AS SELECT * FROM `Mixed Case`;--> statement-breakpoint
DELETE FROM `t14`;--> statement-breakpoint
DROP TABLE `Mixed Case`;--> statement-breakpoint
DROP TABLE `order`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_we"ird' WHERE name = 'we"ird';--> statement-breakpoint
DROP TABLE `we"ird`;--> statement-breakpoint
CREATE TABLE `we"ird` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c1` real,
	`c2` blob,
	`c4` integer,
	`c100` integer,
	`c6` integer DEFAULT -102,
	FOREIGN KEY (`c4`) REFERENCES `we"ird`(`id`) ON UPDATE set null ON DELETE cascade,
	FOREIGN KEY (`c100`) REFERENCES `we"ird`(`id`) ON UPDATE set null ON DELETE restrict
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'we"ird' WHERE name = '__old_we"ird';--> statement-breakpoint
CREATE TABLE `order` (
	`c54` blob,
	`from` numeric,
	`c61` integer,
	`c97` real,
	FOREIGN KEY (`c61`) REFERENCES `we"ird`(`id`) ON UPDATE set default ON DELETE cascade,
	FOREIGN KEY (`c97`) REFERENCES `t14`(`c17`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc56` ON `order` (`c54`);--> statement-breakpoint
CREATE UNIQUE INDEX `order_from_unique` ON `order` (`from`);--> statement-breakpoint
CREATE UNIQUE INDEX `ix62` ON `order` (`c54`,`from`);--> statement-breakpoint
CREATE TABLE `Mixed Case` (
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
	FOREIGN KEY (`c35`) REFERENCES `t14`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c132`) REFERENCES `order`(`from`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "ck39" CHECK("c31" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc66` ON `Mixed Case` (`c31`);--> statement-breakpoint
CREATE INDEX `ix38` ON `Mixed Case` (`c35`,`c37`);--> statement-breakpoint
CREATE INDEX `ex130` ON `Mixed Case` (("c37" || "c40"));--> statement-breakpoint
INSERT INTO `we"ird`(`id`,`c1`,`c2`,`c4`,`c100`,`c6`) SELECT `id`, `c1`, `c2`, `c4`, `c100`, `c6` FROM `__old_we"ird`;--> statement-breakpoint
INSERT INTO `t14`(`id`,`c15`,`from`,`c17`,`c18`,`c98`) SELECT `id`,`c15`,`from`,`c17`,`c18`,`c98` FROM `__old_t14`;--> statement-breakpoint
INSERT INTO `order`(`c54`,`from`,`c61`,`c97`) SELECT `c54`, `from`, `c61`, `c97` FROM `__old_order`;--> statement-breakpoint
INSERT INTO `Mixed Case`(`id`,`c31`,`c33`,`c34`,`c35`,`c37`) SELECT `id`, `c31`, `c33`, `c34`, `c35`, `c37` FROM `__old_Mixed Case`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_t14`;--> statement-breakpoint
DROP TABLE `__old_order`;--> statement-breakpoint
DROP TABLE `__old_Mixed Case`;--> statement-breakpoint
CREATE TABLE `t133` (
	`id` integer PRIMARY KEY NOT NULL,
	`c134` text,
	`c135` numeric DEFAULT 136 NOT NULL,
	`c137` numeric,
	`c138` integer,
	`c139` integer,
	`c141` blob,
	`c143` text GENERATED ALWAYS AS (upper("c138")) STORED,
	FOREIGN KEY (`c139`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c141`) REFERENCES `order`(`c54`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix142` ON `t133` (`c141`);--> statement-breakpoint
CREATE VIEW `v30` AS SELECT "c4" AS "a27", "c1" AS "a28", "c100" AS "a29", "c2" AS "a128" FROM "we""ird";--> statement-breakpoint
CREATE VIEW `v145` AS SELECT "a128" AS "a144" FROM "v30" WHERE "a27" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;