PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_products` AS SELECT * FROM `products`;--> statement-breakpoint
CREATE TABLE `__old_lines` AS SELECT * FROM `lines`;--> statement-breakpoint
DROP TABLE `lines`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` integer NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_unique` ON `products` (`sku`);--> statement-breakpoint
CREATE TABLE `lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` integer,
	`qty` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`sku`) REFERENCES `products`(`sku`) ON UPDATE cascade ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `lines_sku_idx` ON `lines` (`sku`);--> statement-breakpoint
INSERT INTO `products`(`id`,`sku`,`name`) SELECT `id`, `sku`, `name` FROM `__old_products`;--> statement-breakpoint
INSERT INTO `lines`(`id`,`sku`,`qty`) SELECT `id`, `sku`, `qty` FROM `__old_lines`;--> statement-breakpoint
DROP TABLE `__old_products`;--> statement-breakpoint
DROP TABLE `__old_lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;