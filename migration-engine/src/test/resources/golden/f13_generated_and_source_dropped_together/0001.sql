PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `g` RENAME COLUMN "c" TO "code";--> statement-breakpoint
CREATE TABLE `__new_g` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	`cu` text GENERATED ALWAYS AS (upper("code")) STORED
);
--> statement-breakpoint
INSERT INTO `__new_g`(`id`,`code`) SELECT `id`, `code` FROM `g`;--> statement-breakpoint
DROP TABLE `g`;--> statement-breakpoint
ALTER TABLE `__new_g` RENAME TO `g`;--> statement-breakpoint
CREATE INDEX `g_cu_idx` ON `g` (`cu`);--> statement-breakpoint
PRAGMA foreign_keys=ON;