PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_variants` (
	`id` integer PRIMARY KEY NOT NULL,
	`region` text NOT NULL,
	`code` text NOT NULL,
	`color` text,
	FOREIGN KEY (`region`,`code`) REFERENCES `products`(`region`,`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_variants`("id", "region", "code", "color") SELECT "id", "region", "code", "color" FROM `variants`;--> statement-breakpoint
DROP TABLE `variants`;--> statement-breakpoint
ALTER TABLE `__new_variants` RENAME TO `variants`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_products` (
	`region` text NOT NULL,
	`code` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`title` text,
	PRIMARY KEY(`region`, `code`)
);
--> statement-breakpoint
INSERT INTO `__new_products`("region", "code", "version", "title") SELECT "region", "code", "version", "title" FROM `products`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
ALTER TABLE `__new_products` RENAME TO `products`;