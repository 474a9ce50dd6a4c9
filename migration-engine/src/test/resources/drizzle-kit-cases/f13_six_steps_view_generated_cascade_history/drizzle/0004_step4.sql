PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`purchase_id` integer NOT NULL,
	`unit_price` real,
	`qty` integer DEFAULT 1 NOT NULL,
	`total` real GENERATED ALWAYS AS ("unit_price" * "qty") STORED,
	FOREIGN KEY (`purchase_id`) REFERENCES `purchases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_lines`("id", "purchase_id", "unit_price", "qty", "total") SELECT "id", "purchase_id", "unit_price", "qty", "total" FROM `lines`;--> statement-breakpoint
DROP TABLE `lines`;--> statement-breakpoint
ALTER TABLE `__new_lines` RENAME TO `lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP VIEW `order_totals`;