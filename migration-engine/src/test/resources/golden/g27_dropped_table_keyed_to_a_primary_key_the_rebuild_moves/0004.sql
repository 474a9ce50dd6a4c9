PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v42`;--> statement-breakpoint
DROP VIEW `v18`;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `t1` (
	`code` text NOT NULL,
	`c2` text DEFAULT 'it''s d81' NOT NULL,
	`c4` text PRIMARY KEY NOT NULL,
	`c6` integer DEFAULT 7 NOT NULL,
	`c8` numeric DEFAULT 9,
	`c10` text,
	`c12` text,
	`c53` integer,
	`c54` text,
	`key` text GENERATED ALWAYS AS ("c53" || '-' || "code") VIRTUAL,
	CONSTRAINT "ck83" CHECK("c6" IS NULL OR "c6" IS NOT -1)
);
--> statement-breakpoint
INSERT INTO `t1`(`code`,`c2`,`c4`,`c6`,`c8`,`c10`,`c12`,`c53`,`c54`) SELECT `code`, `c2`, `c4`, `c6`, `c8`, `c10`, `c12`, `c53`, `c54` FROM `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
CREATE VIEW `v18` AS SELECT "c8" AS "a15", "c10" AS "a16", "c4" AS "a17", "c8" AS "a80" FROM "t1";--> statement-breakpoint
CREATE VIEW `v42` AS SELECT "a17" AS "a41" FROM "v18" WHERE "a15" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;