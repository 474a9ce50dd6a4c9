PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_products` AS SELECT * FROM `products`;--> statement-breakpoint
CREATE TABLE `__old_lines` AS SELECT * FROM `lines`;--> statement-breakpoint
DELETE FROM `lines`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
CREATE TABLE `products` (
	`code` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
INSERT INTO `products`(`code`,`name`) SELECT `code`, `name` FROM `__old_products`;--> statement-breakpoint
INSERT INTO `lines`(`id`,`product_code`,`qty`) SELECT `id`,`product_code`,`qty` FROM `__old_lines`;--> statement-breakpoint
DROP TABLE `__old_products`;--> statement-breakpoint
DROP TABLE `__old_lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;