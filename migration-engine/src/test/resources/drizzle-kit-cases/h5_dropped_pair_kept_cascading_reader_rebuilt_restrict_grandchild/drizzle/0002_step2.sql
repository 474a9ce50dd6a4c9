DROP TABLE `shops`;--> statement-breakpoint
DROP TABLE `stock`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_audit` (
	`id` integer PRIMARY KEY NOT NULL,
	`stock_id` integer,
	`note` integer
);
--> statement-breakpoint
INSERT INTO `__new_audit`("id", "stock_id", "note") SELECT "id", "stock_id", "note" FROM `audit`;--> statement-breakpoint
DROP TABLE `audit`;--> statement-breakpoint
ALTER TABLE `__new_audit` RENAME TO `audit`;--> statement-breakpoint
PRAGMA foreign_keys=ON;