CREATE TABLE `products` (
	`region` text NOT NULL,
	`code` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`title` text,
	PRIMARY KEY(`region`, `code`, `version`)
);
--> statement-breakpoint
CREATE TABLE `variants` (
	`id` integer PRIMARY KEY NOT NULL,
	`region` text NOT NULL,
	`code` text NOT NULL,
	`version` integer NOT NULL,
	`color` text,
	FOREIGN KEY (`region`,`code`,`version`) REFERENCES `products`(`region`,`code`,`version`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `stock` (
	`variant_id` integer PRIMARY KEY NOT NULL,
	`qty` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`variant_id`) REFERENCES `variants`(`id`) ON UPDATE no action ON DELETE cascade
);
