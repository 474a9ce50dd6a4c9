DROP TABLE `customer_addresses`;--> statement-breakpoint
ALTER TABLE `customers` ADD `street` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `city` text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
CREATE INDEX `customers_city_idx` ON `customers` (`city`);