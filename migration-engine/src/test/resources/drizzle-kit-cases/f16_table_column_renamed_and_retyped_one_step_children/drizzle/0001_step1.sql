ALTER TABLE `accounts` RENAME TO `customers`;--> statement-breakpoint
ALTER TABLE `customers` RENAME COLUMN "id" TO "customer_id";--> statement-breakpoint
ALTER TABLE `customers` RENAME COLUMN "code" TO "ref";--> statement-breakpoint
DROP INDEX `accounts_code_unique`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_customers` (
	`customer_id` integer PRIMARY KEY NOT NULL,
	`ref` text NOT NULL,
	`label` text
);
--> statement-breakpoint
INSERT INTO `__new_customers`("customer_id", "ref", "label") SELECT "customer_id", "ref", "label" FROM `customers`;--> statement-breakpoint
DROP TABLE `customers`;--> statement-breakpoint
ALTER TABLE `__new_customers` RENAME TO `customers`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `customers_ref_unique` ON `customers` (`ref`);--> statement-breakpoint
CREATE TABLE `__new_invoices` (
	`id` integer PRIMARY KEY NOT NULL,
	`account_id` integer NOT NULL,
	`total` real DEFAULT 0,
	FOREIGN KEY (`account_id`) REFERENCES `customers`(`customer_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_invoices`("id", "account_id", "total") SELECT "id", "account_id", "total" FROM `invoices`;--> statement-breakpoint
DROP TABLE `invoices`;--> statement-breakpoint
ALTER TABLE `__new_invoices` RENAME TO `invoices`;--> statement-breakpoint
CREATE INDEX `invoices_account_idx` ON `invoices` (`account_id`);--> statement-breakpoint
CREATE TABLE `__new_notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`account_code` text,
	`body` text,
	FOREIGN KEY (`account_code`) REFERENCES `customers`(`ref`) ON UPDATE cascade ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_notes`("id", "account_code", "body") SELECT "id", "account_code", "body" FROM `notes`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
ALTER TABLE `__new_notes` RENAME TO `notes`;