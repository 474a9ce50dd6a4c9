PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `accounts` RENAME TO `customers`;--> statement-breakpoint
ALTER TABLE `customers` RENAME COLUMN "id" TO "customer_id";--> statement-breakpoint
ALTER TABLE `customers` RENAME COLUMN "code" TO "ref";--> statement-breakpoint
CREATE TABLE `__old_customers` AS SELECT * FROM `customers`;--> statement-breakpoint
CREATE TABLE `__old_notes` AS SELECT * FROM `notes`;--> statement-breakpoint
CREATE TABLE `__old_invoices` AS SELECT * FROM `invoices`;--> statement-breakpoint
DELETE FROM `invoices`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
DROP TABLE `customers`;--> statement-breakpoint
CREATE TABLE `customers` (
	`customer_id` integer PRIMARY KEY NOT NULL,
	`ref` text NOT NULL,
	`label` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_ref_unique` ON `customers` (`ref`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`account_code` text,
	`body` text,
	FOREIGN KEY (`account_code`) REFERENCES `customers`(`ref`) ON UPDATE cascade ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `customers`(`customer_id`,`ref`,`label`) SELECT `customer_id`, `ref`, `label` FROM `__old_customers`;--> statement-breakpoint
INSERT INTO `notes`(`id`,`account_code`,`body`) SELECT `id`, `account_code`, `body` FROM `__old_notes`;--> statement-breakpoint
INSERT INTO `invoices`(`id`,`account_id`,`total`) SELECT `id`,`account_id`,`total` FROM `__old_invoices`;--> statement-breakpoint
DROP TABLE `__old_customers`;--> statement-breakpoint
DROP TABLE `__old_notes`;--> statement-breakpoint
DROP TABLE `__old_invoices`;--> statement-breakpoint
PRAGMA foreign_keys=ON;