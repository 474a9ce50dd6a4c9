CREATE TABLE `refunds` (
	`id` integer PRIMARY KEY NOT NULL,
	`line_id` integer,
	FOREIGN KEY (`line_id`) REFERENCES `lines`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_id` integer NOT NULL,
	`unit_price` real,
	`qty` integer DEFAULT 1 NOT NULL,
	`total` real GENERATED ALWAYS AS ("unit_price" * "qty") STORED,
	FOREIGN KEY (`order_id`) REFERENCES `purchases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_lines`("id", "order_id", "unit_price", "qty", "total") SELECT "id", "order_id", "unit_price", "qty", "total" FROM `lines`;--> statement-breakpoint
DROP TABLE `lines`;--> statement-breakpoint
ALTER TABLE `__new_lines` RENAME TO `lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_purchases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer` text
);
--> statement-breakpoint
INSERT INTO `__new_purchases`("id", "customer") SELECT "id", "customer" FROM `purchases`;--> statement-breakpoint
DROP TABLE `purchases`;--> statement-breakpoint
ALTER TABLE `__new_purchases` RENAME TO `purchases`;