CREATE TABLE `customers` (
	`id` integer PRIMARY KEY NOT NULL,
	`full_name` text NOT NULL,
	`score` text
);
--> statement-breakpoint
CREATE INDEX `customers_score_idx` ON `customers` (`score`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer_id` integer NOT NULL,
	`total` real DEFAULT 0,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade
);
