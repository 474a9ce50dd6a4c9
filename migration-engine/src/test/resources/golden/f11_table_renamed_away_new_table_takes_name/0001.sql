ALTER TABLE `orders` RENAME TO `orders_2024`;--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`previous_id` integer,
	FOREIGN KEY (`previous_id`) REFERENCES `orders_2024`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
DROP INDEX `orders_total_idx`;--> statement-breakpoint
CREATE INDEX `orders_total_idx` ON `orders` (`total`);--> statement-breakpoint
CREATE INDEX `orders_2024_total_idx` ON `orders_2024` (`total`);