PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v`;--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "a" TO "amount";--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "b" TO "c";--> statement-breakpoint
CREATE TABLE `__old_t` AS SELECT * FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`amount` real DEFAULT 1 NOT NULL,
	`c` text,
	`g` real GENERATED ALWAYS AS ("amount" * 3) VIRTUAL
);
--> statement-breakpoint
CREATE INDEX `t_g_idx` ON `t` (`g`);--> statement-breakpoint
INSERT INTO `t`(`id`,`amount`,`c`) SELECT `id`, `amount`, `c` FROM `__old_t`;--> statement-breakpoint
DROP TABLE `__old_t`;--> statement-breakpoint
CREATE VIEW `v` AS SELECT "amount", "g", "c" FROM "t" WHERE "c" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;