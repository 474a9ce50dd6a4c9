CREATE TABLE `customer_addresses` (
	`customer_id` integer PRIMARY KEY NOT NULL,
	`street` text NOT NULL,
	`city` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `customer_addresses_city_idx` ON `customer_addresses` (`city`);--> statement-breakpoint
DROP INDEX `customers_city_idx`;--> statement-breakpoint
ALTER TABLE `customers` DROP COLUMN `street`;--> statement-breakpoint
ALTER TABLE `customers` DROP COLUMN `city`;