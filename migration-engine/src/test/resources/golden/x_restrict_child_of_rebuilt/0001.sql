PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_vendors` AS SELECT * FROM `vendors`;--> statement-breakpoint
CREATE TABLE `__old_contracts` AS SELECT * FROM `contracts`;--> statement-breakpoint
CREATE TABLE `__old_invoices` AS SELECT * FROM `invoices`;--> statement-breakpoint
DELETE FROM `invoices`;--> statement-breakpoint
DELETE FROM `contracts`;--> statement-breakpoint
DROP TABLE `vendors`;--> statement-breakpoint
CREATE TABLE `vendors` (
	`id` integer PRIMARY KEY NOT NULL,
	`rating` integer
);
--> statement-breakpoint
INSERT INTO `vendors`(`id`,`rating`) SELECT `id`, `rating` FROM `__old_vendors`;--> statement-breakpoint
INSERT INTO `contracts`(`id`,`vendor_id`) SELECT `id`,`vendor_id` FROM `__old_contracts`;--> statement-breakpoint
INSERT INTO `invoices`(`id`,`contract_id`) SELECT `id`,`contract_id` FROM `__old_invoices`;--> statement-breakpoint
DROP TABLE `__old_vendors`;--> statement-breakpoint
DROP TABLE `__old_contracts`;--> statement-breakpoint
DROP TABLE `__old_invoices`;--> statement-breakpoint
PRAGMA foreign_keys=ON;