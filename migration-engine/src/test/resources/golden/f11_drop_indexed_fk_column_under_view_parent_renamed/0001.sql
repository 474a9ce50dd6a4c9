PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `vendor_amounts`;--> statement-breakpoint
ALTER TABLE `vendors` RENAME TO `suppliers`;--> statement-breakpoint
CREATE TABLE `__old_invoices` AS SELECT * FROM `invoices`;--> statement-breakpoint
DROP TABLE `invoices`;--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` integer PRIMARY KEY NOT NULL,
	`amount` integer,
	`memo` text
);
--> statement-breakpoint
CREATE INDEX `invoices_vendor_idx` ON `invoices` (`amount`);--> statement-breakpoint
INSERT INTO `invoices`(`id`,`amount`,`memo`) SELECT `id`, `amount`, `memo` FROM `__old_invoices`;--> statement-breakpoint
DROP TABLE `__old_invoices`;--> statement-breakpoint
PRAGMA foreign_keys=ON;