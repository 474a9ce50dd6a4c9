PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_variants` (
	`id` integer PRIMARY KEY NOT NULL,
	`market` text DEFAULT 'retail' NOT NULL,
	`region` text NOT NULL,
	`code` text NOT NULL,
	`color` text,
	FOREIGN KEY (`market`,`region`,`code`) REFERENCES `products`(`market`,`region`,`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_variants`("id", "market", "region", "code", "color") SELECT "id", "market", "region", "code", "color" FROM `variants`;--> statement-breakpoint
DROP TABLE `variants`;--> statement-breakpoint
ALTER TABLE `__new_variants` RENAME TO `variants`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_products` (
	`market` text DEFAULT 'retail' NOT NULL,
	`region` text NOT NULL,
	`code` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`title` text,
	PRIMARY KEY(`market`, `region`, `code`)
);
--> statement-breakpoint
INSERT INTO `__new_products`("market", "region", "code", "version", "title") SELECT "market", "region", "code", "version", "title" FROM `products`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
ALTER TABLE `__new_products` RENAME TO `products`;