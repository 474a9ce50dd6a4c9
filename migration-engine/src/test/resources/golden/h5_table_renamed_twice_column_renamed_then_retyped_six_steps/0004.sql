ALTER TABLE `clients` RENAME TO `accounts`;--> statement-breakpoint
ALTER TABLE `invoices` RENAME COLUMN "customer_id" TO "account_id";