PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v45`;--> statement-breakpoint
DROP VIEW `v42`;--> statement-breakpoint
DROP VIEW `v47`;--> statement-breakpoint
DROP VIEW `v57`;--> statement-breakpoint
ALTER TABLE `t1` RENAME TO `t112`;--> statement-breakpoint
ALTER TABLE `Mixed Case` RENAME TO `t107`;--> statement-breakpoint
ALTER TABLE `select` RENAME COLUMN "c52" TO "c109";--> statement-breakpoint
CREATE TABLE `__old_it's` AS SELECT * FROM `it's`;--> statement-breakpoint
CREATE TABLE `__old_t107` AS SELECT * FROM `t107`;--> statement-breakpoint
CREATE TABLE `__old_t22` AS SELECT * FROM `t22`;--> statement-breakpoint
CREATE TABLE `__old_select` AS SELECT * FROM `select`;--> statement-breakpoint
DROP TABLE `select`;--> statement-breakpoint
DROP TABLE `t107`;--> statement-breakpoint
DROP TABLE `it's`;--> statement-breakpoint
DROP TABLE `t22`;--> statement-breakpoint
CREATE TABLE `t97` (
	`code` text PRIMARY KEY NOT NULL,
	`c98` numeric,
	`c99` integer,
	`c100` text,
	`c101` integer,
	`c102` text,
	`c105` text GENERATED ALWAYS AS (upper("c101")) VIRTUAL,
	FOREIGN KEY (`c99`,`c100`) REFERENCES `it's`(`c16`,`c17`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c101`,`c102`) REFERENCES `t107`(`key`,`c35`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "ck104" CHECK("c100" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE TABLE `it's` (
	`c16` integer NOT NULL,
	`c17` text NOT NULL,
	`c11` blob NOT NULL,
	`c13` numeric DEFAULT 106,
	`c14` blob,
	`from` integer,
	`we"ird` text,
	`c18` integer,
	`c19` text,
	PRIMARY KEY(`c16`, `c17`),
	FOREIGN KEY (`from`,`we"ird`) REFERENCES `it's`(`c16`,`c17`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c18`,`c19`) REFERENCES `it's`(`c16`,`c17`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix21` ON `it's` (`c16`,`c14`) WHERE "c16" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t107` (
	`key` integer NOT NULL,
	`c35` text NOT NULL,
	`c33` integer,
	`rowid` text DEFAULT 'it''s d34' NOT NULL,
	`c36` integer,
	`c37` text,
	`c38` integer,
	`from` text,
	PRIMARY KEY(`key`, `c35`),
	FOREIGN KEY (`c36`,`c37`) REFERENCES `it's`(`c16`,`c17`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ix39` ON `t107` (`c38`);--> statement-breakpoint
CREATE TABLE `t22` (
	`it's` real,
	`c23` integer,
	`c25` integer,
	`c124` text,
	FOREIGN KEY (`c23`) REFERENCES `t112`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c25`) REFERENCES `t112`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c124`) REFERENCES `t97`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck26" CHECK(length("c25") < 60)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix108` ON `t22` (`it's`);--> statement-breakpoint
CREATE TABLE `select` (
	`order` integer NOT NULL,
	`c48` text NOT NULL,
	`from` text,
	`c49` integer,
	`c50` text,
	`c51` integer,
	`c109` text,
	`c52` numeric DEFAULT 111 NOT NULL,
	PRIMARY KEY(`order`, `c48`),
	FOREIGN KEY (`c49`,`c50`) REFERENCES `t107`(`key`,`c35`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c51`,`c109`) REFERENCES `it's`(`c16`,`c17`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `it's`(`c16`,`c17`,`c11`,`c13`,`c14`,`from`,`we"ird`,`c18`,`c19`) SELECT `c16`, `c17`, `c11`, `c13`, `c14`, `from`, `we"ird`, `c18`, `c19` FROM `__old_it's`;--> statement-breakpoint
INSERT INTO `t107`(`key`,`c35`,`c33`,`rowid`,`c36`,`c37`,`c38`,`from`) SELECT `key`, `c35`, `c33`, `rowid`, `c36`, `c37`, `c38`, `from` FROM `__old_t107`;--> statement-breakpoint
INSERT INTO `t22`(`it's`,`c23`,`c25`) SELECT `it's`, `c23`, `c25` FROM `__old_t22`;--> statement-breakpoint
INSERT INTO `select`(`order`,`c48`,`from`,`c49`,`c50`,`c51`,`c109`) SELECT `order`, `c48`, `from`, `c49`, `c50`, `c51`, `c109` FROM `__old_select`;--> statement-breakpoint
DROP TABLE `__old_it's`;--> statement-breakpoint
DROP TABLE `__old_t107`;--> statement-breakpoint
DROP TABLE `__old_t22`;--> statement-breakpoint
DROP TABLE `__old_select`;--> statement-breakpoint
CREATE TABLE `t1` (
	`c116` integer NOT NULL,
	`c117` text NOT NULL,
	`from` text,
	`c114` numeric,
	`c115` numeric,
	`c118` integer,
	`c119` text,
	`c120` text,
	PRIMARY KEY(`c116`, `c117`),
	FOREIGN KEY (`c118`,`c119`) REFERENCES `t107`(`key`,`c35`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c120`) REFERENCES `t97`(`code`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck121" CHECK("c118" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE VIEW `v42` AS SELECT "c37" AS "a41" FROM "t107";--> statement-breakpoint
CREATE VIEW `v47` AS SELECT "c33" AS "a46" FROM "t107" WHERE "rowid" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v57` AS SELECT "c36" AS "a54", "c33" AS "a55", "key" AS "a56" FROM "t107";--> statement-breakpoint
CREATE VIEW `v123` AS SELECT "a44" AS "a122" FROM "v45";--> statement-breakpoint
CREATE VIEW `v45` AS SELECT "a41" AS "a44" FROM "v42" WHERE "a41" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;