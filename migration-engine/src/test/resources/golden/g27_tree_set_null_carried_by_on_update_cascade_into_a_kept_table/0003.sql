PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v43`;--> statement-breakpoint
ALTER TABLE `t37` RENAME COLUMN "c38" TO "c80";--> statement-breakpoint
CREATE TABLE `t61` (
	`id` integer PRIMARY KEY NOT NULL,
	`c62` blob,
	`c63` numeric DEFAULT 64 NOT NULL,
	`c65` integer DEFAULT false
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix67` ON `t61` (`c63`);--> statement-breakpoint
CREATE INDEX `ex82` ON `t61` (length("id"));--> statement-breakpoint
CREATE TABLE `my col` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c72` blob,
	`c73` blob,
	`c74` numeric,
	`c75` integer,
	FOREIGN KEY (`c75`) REFERENCES `t61`(`id`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck76" CHECK("id" IS NULL OR "id" IS NOT -1)
);
--> statement-breakpoint
CREATE TABLE `__old_t25` AS SELECT * FROM `t25`;--> statement-breakpoint
CREATE TABLE `__old_t37` AS SELECT * FROM `t37`;--> statement-breakpoint
DROP TABLE `t37`;--> statement-breakpoint
DROP TABLE `t25`;--> statement-breakpoint
CREATE TABLE `t25` (
	`c35` integer PRIMARY KEY NOT NULL,
	`c26` blob,
	`c27` integer,
	`c36` integer GENERATED ALWAYS AS (upper("c35")) STORED,
	`from` integer GENERATED ALWAYS AS (length("c36")) VIRTUAL,
	`c54` integer DEFAULT 71 NOT NULL,
	FOREIGN KEY (`c27`) REFERENCES `t25`(`c35`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uq28` ON `t25` (`c26`,`c27`);--> statement-breakpoint
CREATE TABLE `t37` (
	`c9` real NOT NULL,
	`c10` real NOT NULL,
	`order` integer,
	`c12` real,
	`c80` blob,
	`Mixed Case` integer,
	`c48` numeric GENERATED ALWAYS AS ("order" IS NULL) STORED,
	`c38` blob,
	FOREIGN KEY (`c12`) REFERENCES `t37`(`c10`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c80`,`Mixed Case`) REFERENCES `t25`(`c26`,`c27`) ON UPDATE cascade ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc11` ON `t37` (`c10`);--> statement-breakpoint
CREATE UNIQUE INDEX `t37_Mixed Case_unique` ON `t37` (`Mixed Case`);--> statement-breakpoint
CREATE INDEX `ex47` ON `t37` (("c9" || "order"));--> statement-breakpoint
CREATE UNIQUE INDEX `ix60` ON `t37` (`c12`,`Mixed Case`);--> statement-breakpoint
CREATE INDEX `ex79` ON `t37` (("c48" || "c12"));--> statement-breakpoint
INSERT INTO `t25`(`c35`,`c26`,`c27`) SELECT `c35`, `c26`, `c27` FROM `__old_t25`;--> statement-breakpoint
INSERT INTO `t37`(`c9`,`c10`,`order`,`c12`,`c80`,`Mixed Case`) SELECT `c9`, `c10`, `order`, `c12`, `c80`, `Mixed Case` FROM `__old_t37`;--> statement-breakpoint
DROP TABLE `__old_t25`;--> statement-breakpoint
DROP TABLE `__old_t37`;--> statement-breakpoint
CREATE VIEW `v43` AS SELECT "c10" AS "a41", "c80" AS "a42" FROM "t37" WHERE "c12" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v59` AS SELECT "c26" AS "a56", "c54" AS "a57", "c27" AS "a58" FROM "t25" WHERE "from" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v70` AS SELECT "id" AS "a68", "c65" AS "a69" FROM "t61";--> statement-breakpoint
CREATE VIEW `v78` AS SELECT "from" AS "a77" FROM "t25" WHERE "c26" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;