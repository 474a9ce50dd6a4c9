CREATE TABLE `vendors` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` integer PRIMARY KEY NOT NULL,
	`vendor_id` integer,
	`amount` integer,
	`memo` text,
	FOREIGN KEY (`vendor_id`) REFERENCES `vendors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `invoices_vendor_idx` ON `invoices` (`vendor_id`,`amount`);--> statement-breakpoint
CREATE VIEW `vendor_amounts` AS select v.name, i.amount from vendors v join invoices i on i.vendor_id = v.id;--> statement-breakpoint
CREATE VIEW `big` AS select id, amount from invoices where amount > 10;