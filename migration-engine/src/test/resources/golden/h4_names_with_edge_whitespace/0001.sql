PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE ` t` RENAME TO `t `;--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "a " TO " a";--> statement-breakpoint
CREATE TABLE `__old_t` AS SELECT * FROM `t`;--> statement-breakpoint
CREATE TABLE `__old_t ` AS SELECT * FROM `t `;--> statement-breakpoint
DELETE FROM `t `;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` real,
	` a` integer,
	`a ` text,
	CONSTRAINT "t ck" CHECK("a" IS NOT " a")
);
--> statement-breakpoint
CREATE INDEX `t_a _idx` ON `t` (` a`);--> statement-breakpoint
INSERT INTO `t`(`id`,`a`,` a`,`a `) SELECT `id`, `a`, ` a`, `a ` FROM `__old_t`;--> statement-breakpoint
INSERT INTO `t `(`id`,`	tab`,`t_id`) SELECT `id`,`	tab`,`t_id` FROM `__old_t `;--> statement-breakpoint
DROP TABLE `__old_t`;--> statement-breakpoint
DROP TABLE `__old_t `;--> statement-breakpoint
PRAGMA foreign_keys=ON;