PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `lines` RENAME COLUMN "price" TO "unit_price";--> statement-breakpoint
CREATE TABLE `refunds` (
	`id` integer PRIMARY KEY NOT NULL,
	`line_id` integer,
	FOREIGN KEY (`line_id`) REFERENCES `lines`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `__old_purchases` AS SELECT * FROM `purchases`;--> statement-breakpoint
CREATE TABLE `__old_lines` AS SELECT * FROM `lines`;--> statement-breakpoint
DROP TABLE `lines`;--> statement-breakpoint
DROP TABLE `purchases`;--> statement-breakpoint
CREATE TABLE `purchases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer` text
);
--> statement-breakpoint
CREATE TABLE `lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_id` integer NOT NULL,
	`unit_price` real,
	`qty` integer DEFAULT 1 NOT NULL,
	`total` real GENERATED ALWAYS AS ("unit_price" * "qty") STORED,
	FOREIGN KEY (`order_id`) REFERENCES `purchases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `purchases`(`id`,`customer`) SELECT `id`, `customer` FROM `__old_purchases`;--> statement-breakpoint
INSERT INTO `lines`(`id`,`order_id`,`unit_price`,`qty`) SELECT `id`, `order_id`, `unit_price`, `qty` FROM `__old_lines`;--> statement-breakpoint
DROP TABLE `__old_purchases`;--> statement-breakpoint
DROP TABLE `__old_lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;