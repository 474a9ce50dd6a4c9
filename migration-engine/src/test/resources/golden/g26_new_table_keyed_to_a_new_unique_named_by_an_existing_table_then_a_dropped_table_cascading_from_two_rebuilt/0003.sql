PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t56` RENAME COLUMN "c60" TO "c92";--> statement-breakpoint
ALTER TABLE `t56` ADD `c60` text DEFAULT '';--> statement-breakpoint
ALTER TABLE `t56` ADD `c96` real;--> statement-breakpoint
ALTER TABLE `t56` ADD `values` real REFERENCES `t56`(`c58`) ON UPDATE no action ON DELETE cascade;--> statement-breakpoint
CREATE TABLE `__old_key` AS SELECT * FROM `key`;--> statement-breakpoint
UPDATE `key` SET `c5` = `id` WHERE `c5` IS NOT NULL;--> statement-breakpoint
DROP TABLE `key`;--> statement-breakpoint
CREATE TABLE `key` (
	`id` integer PRIMARY KEY NOT NULL,
	`c1` numeric DEFAULT 2,
	`c3` integer DEFAULT (102 + 1) NOT NULL,
	`c5` integer NOT NULL,
	`c7` integer,
	`c65` text,
	FOREIGN KEY (`c5`) REFERENCES `key`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c7`) REFERENCES `key`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE INDEX `ex68` ON `key` (length("c7"));--> statement-breakpoint
CREATE UNIQUE INDEX `uq21` ON `key` (`c1`,`c3`);--> statement-breakpoint
INSERT INTO `key`(`id`,`c1`,`c3`,`c5`,`c7`,`c65`) SELECT `id`, `c1`, `c3`, `c5`, `c7`, `c65` FROM `__old_key`;--> statement-breakpoint
DROP TABLE `__old_key`;--> statement-breakpoint
DROP TABLE `t22`;--> statement-breakpoint
CREATE VIEW `v100` AS SELECT "c3" AS "a97", "c7" AS "a98", "id" AS "a99" FROM "key" WHERE "id" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;