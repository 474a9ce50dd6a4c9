CREATE TABLE `skus` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	`region` text DEFAULT 'eu' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `skus_code_uq` ON `skus` (`code`);--> statement-breakpoint
CREATE TABLE `stock` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku_code` text,
	`qty` integer,
	FOREIGN KEY (`sku_code`) REFERENCES `skus`(`code`) ON UPDATE cascade ON DELETE cascade
);
