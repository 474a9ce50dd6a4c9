PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `p_d_idx`;--> statement-breakpoint
ALTER TABLE `p` DROP COLUMN `d`;--> statement-breakpoint
CREATE TABLE `__new_q` (
	`id` integer PRIMARY KEY NOT NULL,
	`note` text
);
--> statement-breakpoint
INSERT INTO `__new_q`(`id`,`note`) SELECT `id`, `note` FROM `q`;--> statement-breakpoint
DROP TABLE `q`;--> statement-breakpoint
ALTER TABLE `__new_q` RENAME TO `q`;--> statement-breakpoint
PRAGMA foreign_keys=ON;