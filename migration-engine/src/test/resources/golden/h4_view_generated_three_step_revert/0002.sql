PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v`;--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "amount" TO "a";--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "c" TO "b";--> statement-breakpoint
CREATE TABLE `__old_t` AS SELECT * FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer DEFAULT 1 NOT NULL,
	`b` text,
	`g` integer GENERATED ALWAYS AS ("a" * 2) STORED
);
--> statement-breakpoint
CREATE INDEX `t_g_idx` ON `t` (`g`);--> statement-breakpoint
INSERT INTO `t`(`id`,`a`,`b`) SELECT `id`, `a`, `b` FROM `__old_t`;--> statement-breakpoint
DROP TABLE `__old_t`;--> statement-breakpoint
CREATE VIEW `v` AS SELECT "a", "g", "b" FROM "t" WHERE "a" > 0;--> statement-breakpoint
PRAGMA foreign_keys=ON;