PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `par` RENAME COLUMN "a" TO "a2";--> statement-breakpoint
CREATE TABLE `__old_par` AS SELECT * FROM `par`;--> statement-breakpoint
CREATE TABLE `__old_kid` AS SELECT * FROM `kid`;--> statement-breakpoint
DELETE FROM `kid`;--> statement-breakpoint
DROP TABLE `par`;--> statement-breakpoint
CREATE TABLE `par` (
	`id` integer PRIMARY KEY NOT NULL,
	`a2` numeric NOT NULL,
	`b` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `par_ba_uq` ON `par` (`b`,`a2`);--> statement-breakpoint
INSERT INTO `par`(`id`,`a2`,`b`) SELECT `id`, `a2`, `b` FROM `__old_par`;--> statement-breakpoint
INSERT INTO `kid`(`id`,`y`,`x`) SELECT `id`,`y`,`x` FROM `__old_kid`;--> statement-breakpoint
DROP TABLE `__old_par`;--> statement-breakpoint
DROP TABLE `__old_kid`;--> statement-breakpoint
PRAGMA foreign_keys=ON;