PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_clients` AS SELECT * FROM `clients`;--> statement-breakpoint
CREATE TABLE `__old_invoices` AS SELECT * FROM `invoices`;--> statement-breakpoint
DELETE FROM `invoices`;--> statement-breakpoint
DROP TABLE `clients`;--> statement-breakpoint
CREATE TABLE `clients` (
	`id` integer PRIMARY KEY NOT NULL,
	`full_name` text NOT NULL,
	`rating` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `clients_rating_idx` ON `clients` (`rating`);--> statement-breakpoint
INSERT INTO `clients`(`id`,`full_name`,`rating`) SELECT `id`, `full_name`, coalesce(`rating`, 0) FROM `__old_clients`;--> statement-breakpoint
INSERT INTO `invoices`(`id`,`customer_id`,`total`) SELECT `id`,`customer_id`,`total` FROM `__old_invoices`;--> statement-breakpoint
DROP TABLE `__old_clients`;--> statement-breakpoint
DROP TABLE `__old_invoices`;--> statement-breakpoint
PRAGMA foreign_keys=ON;