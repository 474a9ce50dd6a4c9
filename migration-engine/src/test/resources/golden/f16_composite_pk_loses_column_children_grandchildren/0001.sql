PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_products` AS SELECT * FROM `products`;--> statement-breakpoint
CREATE TABLE `__old_variants` AS SELECT * FROM `variants`;--> statement-breakpoint
CREATE TABLE `__old_stock` AS SELECT * FROM `stock`;--> statement-breakpoint
DELETE FROM `stock`;--> statement-breakpoint
DROP TABLE `variants`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
CREATE TABLE `products` (
	`region` text NOT NULL,
	`code` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`title` text,
	PRIMARY KEY(`region`, `code`)
);
--> statement-breakpoint
CREATE TABLE `variants` (
	`id` integer PRIMARY KEY NOT NULL,
	`region` text NOT NULL,
	`code` text NOT NULL,
	`color` text,
	FOREIGN KEY (`region`,`code`) REFERENCES `products`(`region`,`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `products`(`region`,`code`,`version`,`title`) SELECT `region`, `code`, `version`, `title` FROM `__old_products`;--> statement-breakpoint
INSERT INTO `variants`(`id`,`region`,`code`,`color`) SELECT `id`, `region`, `code`, `color` FROM `__old_variants`;--> statement-breakpoint
INSERT INTO `stock`(`variant_id`,`qty`) SELECT `variant_id`,`qty` FROM `__old_stock`;--> statement-breakpoint
DROP TABLE `__old_products`;--> statement-breakpoint
DROP TABLE `__old_variants`;--> statement-breakpoint
DROP TABLE `__old_stock`;--> statement-breakpoint
PRAGMA foreign_keys=ON;