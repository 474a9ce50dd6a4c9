DROP VIEW `v10`;--> statement-breakpoint
ALTER TABLE `t20` DROP COLUMN `c22`;--> statement-breakpoint
CREATE VIEW `v117` AS SELECT "c5" AS "a9", "group" AS "a95" FROM "t1";