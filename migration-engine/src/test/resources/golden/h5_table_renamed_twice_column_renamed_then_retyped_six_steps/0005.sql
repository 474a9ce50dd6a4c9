PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_accounts` AS SELECT * FROM `accounts`;--> statement-breakpoint
CREATE TABLE `__old_invoices` AS SELECT * FROM `invoices`;--> statement-breakpoint
DROP TABLE `invoices`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`full_name` text NOT NULL,
	`rating` text
);
--> statement-breakpoint
CREATE INDEX `clients_rating_idx` ON `accounts` (`rating`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` integer PRIMARY KEY NOT NULL,
	`account_id` integer NOT NULL,
	`total` real DEFAULT 0,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "invoices_total_nonneg" CHECK("total" >= 0)
);
--> statement-breakpoint
INSERT INTO `accounts`(`id`,`full_name`,`rating`) SELECT `id`, `full_name`, `rating` FROM `__old_accounts`;--> statement-breakpoint
INSERT INTO `invoices`(`id`,`account_id`,`total`) SELECT `id`, `account_id`, `total` FROM `__old_invoices`;--> statement-breakpoint
DROP TABLE `__old_accounts`;--> statement-breakpoint
DROP TABLE `__old_invoices`;--> statement-breakpoint
PRAGMA foreign_keys=ON;