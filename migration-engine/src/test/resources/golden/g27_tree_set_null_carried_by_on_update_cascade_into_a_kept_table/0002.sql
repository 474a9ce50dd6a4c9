PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v24`;--> statement-breakpoint
DROP VIEW `v30`;--> statement-breakpoint
ALTER TABLE `t22` RENAME TO `t37`;--> statement-breakpoint
ALTER TABLE `t25` RENAME COLUMN "id" TO "c35";--> statement-breakpoint
ALTER TABLE `t25` ADD `c36` integer GENERATED ALWAYS AS (upper("c35")) VIRTUAL;--> statement-breakpoint
CREATE TABLE `__old_t37` AS SELECT * FROM `t37`;--> statement-breakpoint
DROP TABLE `t37`;--> statement-breakpoint
CREATE TABLE `t37` (
	`c9` real NOT NULL,
	`c10` real NOT NULL,
	`order` integer,
	`c12` real,
	`c38` blob,
	`Mixed Case` integer,
	`c48` integer GENERATED ALWAYS AS ("order" IS NULL) STORED,
	FOREIGN KEY (`c12`) REFERENCES `t37`(`c10`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c38`,`Mixed Case`) REFERENCES `t25`(`c26`,`c27`) ON UPDATE cascade ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc11` ON `t37` (`c10`);--> statement-breakpoint
CREATE UNIQUE INDEX `t37_Mixed Case_unique` ON `t37` (`Mixed Case`);--> statement-breakpoint
CREATE INDEX `ex47` ON `t37` (("c9" || "order"));--> statement-breakpoint
INSERT INTO `t37`(`c9`,`c10`,`order`,`c12`) SELECT `c9`, `c10`, `order`, `c12` FROM `__old_t37`;--> statement-breakpoint
DROP TABLE `__old_t37`;--> statement-breakpoint
CREATE VIEW `v24` AS SELECT "c12" AS "a23", "order" AS "a40" FROM "t37";--> statement-breakpoint
CREATE VIEW `v43` AS SELECT "c10" AS "a41", "c38" AS "a42" FROM "t37" WHERE "c12" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v46` AS SELECT "c36" AS "a44", "c35" AS "a45" FROM "t25" WHERE "c36" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;