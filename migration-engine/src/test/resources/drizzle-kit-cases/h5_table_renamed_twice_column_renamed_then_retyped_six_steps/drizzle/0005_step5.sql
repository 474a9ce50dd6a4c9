PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`full_name` text NOT NULL,
	`rating` text
);
--> statement-breakpoint
INSERT INTO `__new_accounts`("id", "full_name", "rating") SELECT "id", "full_name", "rating" FROM `accounts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
ALTER TABLE `__new_accounts` RENAME TO `accounts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `clients_rating_idx` ON `accounts` (`rating`);--> statement-breakpoint
CREATE TABLE `__new_invoices` (
	`id` integer PRIMARY KEY NOT NULL,
	`account_id` integer NOT NULL,
	`total` real DEFAULT 0,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "invoices_total_nonneg" CHECK("__new_invoices"."total" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_invoices`("id", "account_id", "total") SELECT "id", "account_id", "total" FROM `invoices`;--> statement-breakpoint
DROP TABLE `invoices`;--> statement-breakpoint
ALTER TABLE `__new_invoices` RENAME TO `invoices`;