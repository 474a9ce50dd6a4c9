ALTER TABLE `invoices` RENAME TO `bills`;--> statement-breakpoint
ALTER TABLE `bills` RENAME COLUMN "account_id" TO "customer_id";--> statement-breakpoint
ALTER TABLE `bills` RENAME COLUMN "total" TO "amount";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_bills` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer_id` integer NOT NULL,
	`amount` numeric DEFAULT 0,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`customer_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_bills`("id", "customer_id", "amount") SELECT "id", "customer_id", "amount" FROM `bills`;--> statement-breakpoint
DROP TABLE `bills`;--> statement-breakpoint
ALTER TABLE `__new_bills` RENAME TO `bills`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `bills_customer_idx` ON `bills` (`customer_id`);