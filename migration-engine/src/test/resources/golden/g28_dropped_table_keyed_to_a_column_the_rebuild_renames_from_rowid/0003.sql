DROP VIEW `v24`;--> statement-breakpoint
DROP INDEX `ex20`;--> statement-breakpoint
ALTER TABLE `Mixed Case` DROP COLUMN `c13`;--> statement-breakpoint
DROP INDEX `ex92`;--> statement-breakpoint
ALTER TABLE `we"ird` DROP COLUMN `c43`;--> statement-breakpoint
CREATE INDEX `ex208` ON `t25` (length("c27")) WHERE "c27" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v24` AS SELECT "key" AS "a21", "c18" AS "a23" FROM "Mixed Case";--> statement-breakpoint
CREATE VIEW `v207` AS SELECT "c18" AS "a204", "key" AS "a205", "c14" AS "a206" FROM "Mixed Case";