PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `invoices` RENAME TO `bills`;--> statement-breakpoint
ALTER TABLE `bills` RENAME COLUMN "number" TO "bill_no";--> statement-breakpoint
CREATE TABLE `__old_bills` AS SELECT * FROM `bills`;--> statement-breakpoint
CREATE TABLE `__old_memberships` AS SELECT * FROM `memberships`;--> statement-breakpoint
CREATE TABLE `__old_line_items` AS SELECT * FROM `line_items`;--> statement-breakpoint
DELETE FROM `line_items`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_bills' WHERE name = 'bills';--> statement-breakpoint
DROP TABLE `bills`;--> statement-breakpoint
DROP TABLE `memberships`;--> statement-breakpoint
CREATE TABLE `bills` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`bill_no` text NOT NULL,
	`total` numeric DEFAULT 0,
	`status` text DEFAULT 'draft',
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'bills' WHERE name = '__old_bills';--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_org_number_uq` ON `bills` (`org_id`,`bill_no`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`org_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	PRIMARY KEY(`org_id`, `user_id`),
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "role_known" CHECK("role" in ('owner', 'admin', 'member'))
);
--> statement-breakpoint
INSERT INTO `bills`(`id`,`org_id`,`bill_no`,`total`,`status`) SELECT `id`, `org_id`, `bill_no`, `total`, `status` FROM `__old_bills`;--> statement-breakpoint
INSERT INTO `memberships`(`org_id`,`user_id`,`role`) SELECT `org_id`, `user_id`, `role` FROM `__old_memberships`;--> statement-breakpoint
INSERT INTO `line_items`(`id`,`invoice_id`,`description`,`qty`,`unit_price`) SELECT `id`,`invoice_id`,`description`,`qty`,`unit_price` FROM `__old_line_items`;--> statement-breakpoint
DROP TABLE `__old_bills`;--> statement-breakpoint
DROP TABLE `__old_memberships`;--> statement-breakpoint
DROP TABLE `__old_line_items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;