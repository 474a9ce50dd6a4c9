DROP VIEW `v23`;--> statement-breakpoint
CREATE VIEW `v23` AS SELECT "we""ird" AS "a22" FROM "t1" WHERE "c4" IS NOT NULL;