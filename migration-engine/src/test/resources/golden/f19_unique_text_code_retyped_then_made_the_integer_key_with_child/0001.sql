PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_products` AS SELECT * FROM `products`;--> statement-breakpoint
CREATE TABLE `__old_lines` AS SELECT * FROM `lines`;--> statement-breakpoint
DROP TABLE `lines`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` integer NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_code_uq` ON `products` (`code`);--> statement-breakpoint
CREATE TABLE `lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`product_code` integer,
	`qty` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`product_code`) REFERENCES `products`(`code`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `products`(`id`,`code`,`name`) SELECT `id`, `code`, `name` FROM `__old_products`;--> statement-breakpoint
INSERT INTO `lines`(`id`,`product_code`,`qty`) SELECT `id`, `product_code`, `qty` FROM `__old_lines`;--> statement-breakpoint
DROP TABLE `__old_products`;--> statement-breakpoint
DROP TABLE `__old_lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;