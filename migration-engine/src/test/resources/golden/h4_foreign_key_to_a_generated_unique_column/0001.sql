PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `parent` RENAME COLUMN "code" TO "handle";--> statement-breakpoint
CREATE TABLE `__old_parent` AS SELECT * FROM `parent`;--> statement-breakpoint
CREATE TABLE `__old_child` AS SELECT * FROM `child`;--> statement-breakpoint
DELETE FROM `child`;--> statement-breakpoint
DROP TABLE `parent`;--> statement-breakpoint
CREATE TABLE `parent` (
	`id` integer PRIMARY KEY NOT NULL,
	`handle` text NOT NULL,
	`code_up` text GENERATED ALWAYS AS (upper(trim("handle"))) VIRTUAL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parent_code_up_uq` ON `parent` (`code_up`);--> statement-breakpoint
INSERT INTO `parent`(`id`,`handle`) SELECT `id`, `handle` FROM `__old_parent`;--> statement-breakpoint
INSERT INTO `child`(`id`,`pcode`) SELECT `id`,`pcode` FROM `__old_child`;--> statement-breakpoint
DROP TABLE `__old_parent`;--> statement-breakpoint
DROP TABLE `__old_child`;--> statement-breakpoint
PRAGMA foreign_keys=ON;