CREATE TABLE `product` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`region` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `product_code_region_uq` ON `product` (`code`,`region`);--> statement-breakpoint
CREATE TABLE `stock` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_code` text,
	`p_region` text,
	FOREIGN KEY (`p_code`,`p_region`) REFERENCES `product`(`code`,`region`) ON UPDATE no action ON DELETE cascade
);
