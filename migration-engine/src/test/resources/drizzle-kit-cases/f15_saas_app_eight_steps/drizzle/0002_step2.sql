ALTER TABLE `users` RENAME COLUMN "name" TO "display_name";--> statement-breakpoint
ALTER TABLE `users` ADD `created_at` integer DEFAULT 1700000000 NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_line_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`invoice_id` integer NOT NULL,
	`description` text,
	`qty` integer DEFAULT 1 NOT NULL,
	`unit_price` real,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_line_items`("id", "invoice_id", "description", "qty", "unit_price") SELECT "id", "invoice_id", "description", "qty", "unit_price" FROM `line_items`;--> statement-breakpoint
DROP TABLE `line_items`;--> statement-breakpoint
ALTER TABLE `__new_line_items` RENAME TO `line_items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `orgs` ADD `plan` text DEFAULT 'free' NOT NULL;--> statement-breakpoint
CREATE INDEX `audit_actor_at_idx` ON `audit_log` (`actor_id`,`at`);