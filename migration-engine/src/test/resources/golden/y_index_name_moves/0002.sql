PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `shared_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `shared_idx` ON `a` (`y`) WHERE "x" > 1;--> statement-breakpoint
CREATE TABLE `__new_b` (
	`id` integer PRIMARY KEY NOT NULL,
	`m` integer DEFAULT 0 NOT NULL,
	`n` text
);
--> statement-breakpoint
INSERT INTO `__new_b`(`id`,`m`,`n`) SELECT `id`, coalesce(`m`, 0), `n` FROM `b`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
ALTER TABLE `__new_b` RENAME TO `b`;--> statement-breakpoint
CREATE UNIQUE INDEX `shared_uq` ON `b` (`n`,`id`);--> statement-breakpoint
PRAGMA foreign_keys=ON;