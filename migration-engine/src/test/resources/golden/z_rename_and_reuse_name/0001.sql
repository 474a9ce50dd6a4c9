ALTER TABLE `orders` RENAME TO `orders_archive`;--> statement-breakpoint
CREATE TABLE `orders` (
	`uuid` text PRIMARY KEY NOT NULL,
	`amount` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `refunds` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_uuid` text,
	FOREIGN KEY (`order_uuid`) REFERENCES `orders`(`uuid`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `orders_total_idx`;--> statement-breakpoint
CREATE INDEX `orders_total_idx` ON `orders` (`amount`);--> statement-breakpoint
CREATE INDEX `orders_archive_total_idx` ON `orders_archive` (`total`);