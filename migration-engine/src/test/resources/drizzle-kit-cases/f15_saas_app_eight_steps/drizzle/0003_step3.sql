ALTER TABLE `invoices` RENAME TO `bills`;--> statement-breakpoint
ALTER TABLE `bills` RENAME COLUMN "number" TO "bill_no";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_bills` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`bill_no` text NOT NULL,
	`total` numeric DEFAULT 0,
	`status` text DEFAULT 'draft',
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_bills`("id", "org_id", "bill_no", "total", "status") SELECT "id", "org_id", "bill_no", "total", "status" FROM `bills`;--> statement-breakpoint
DROP TABLE `bills`;--> statement-breakpoint
ALTER TABLE `__new_bills` RENAME TO `bills`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_org_number_uq` ON `bills` (`org_id`,`bill_no`);--> statement-breakpoint
CREATE TABLE `__new_line_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`invoice_id` integer NOT NULL,
	`description` text,
	`qty` integer DEFAULT 1 NOT NULL,
	`unit_price` real,
	FOREIGN KEY (`invoice_id`) REFERENCES `bills`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_line_items`("id", "invoice_id", "description", "qty", "unit_price") SELECT "id", "invoice_id", "description", "qty", "unit_price" FROM `line_items`;--> statement-breakpoint
DROP TABLE `line_items`;--> statement-breakpoint
ALTER TABLE `__new_line_items` RENAME TO `line_items`;--> statement-breakpoint
CREATE TABLE `__new_memberships` (
	`org_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	PRIMARY KEY(`org_id`, `user_id`),
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "role_known" CHECK("__new_memberships"."role" in ('owner', 'admin', 'member'))
);
--> statement-breakpoint
INSERT INTO `__new_memberships`("org_id", "user_id", "role") SELECT "org_id", "user_id", "role" FROM `memberships`;--> statement-breakpoint
DROP TABLE `memberships`;--> statement-breakpoint
ALTER TABLE `__new_memberships` RENAME TO `memberships`;