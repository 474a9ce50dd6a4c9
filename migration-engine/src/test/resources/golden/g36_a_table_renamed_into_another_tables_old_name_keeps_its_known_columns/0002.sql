DROP VIEW `v30`;--> statement-breakpoint
DROP TABLE `t22`;--> statement-breakpoint
ALTER TABLE `we"ird` RENAME COLUMN "c6" TO "c100";--> statement-breakpoint
ALTER TABLE `we"ird` ADD `c6` integer DEFAULT -102;--> statement-breakpoint
ALTER TABLE `t14` ADD `c98` blob;--> statement-breakpoint
ALTER TABLE `order` ADD `c97` real REFERENCES `t14`(`c17`) ON UPDATE no action ON DELETE no action;--> statement-breakpoint
ALTER TABLE `order` DROP COLUMN `c57`;--> statement-breakpoint
CREATE VIEW `v30` AS SELECT "c4" AS "a27", "c1" AS "a28", "c100" AS "a29" FROM "we""ird";