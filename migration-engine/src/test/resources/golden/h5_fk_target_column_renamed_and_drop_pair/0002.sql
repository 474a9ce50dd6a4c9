PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_audit` (
	`id` integer PRIMARY KEY NOT NULL,
	`stock_id` integer,
	`note` text
);
--> statement-breakpoint
INSERT INTO `__new_audit`(`id`,`stock_id`,`note`) SELECT `id`, `stock_id`, `note` FROM `audit`;--> statement-breakpoint
DROP TABLE `audit`;--> statement-breakpoint
ALTER TABLE `__new_audit` RENAME TO `audit`;--> statement-breakpoint
DROP TABLE `stock`;--> statement-breakpoint
DROP TABLE `shops`;--> statement-breakpoint
PRAGMA foreign_keys=ON;