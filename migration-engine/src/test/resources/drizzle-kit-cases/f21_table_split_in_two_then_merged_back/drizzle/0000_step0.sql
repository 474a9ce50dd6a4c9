CREATE TABLE `customers` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`street` text,
	`city` text,
	`phone` text
);
--> statement-breakpoint
CREATE INDEX `customers_city_idx` ON `customers` (`city`);