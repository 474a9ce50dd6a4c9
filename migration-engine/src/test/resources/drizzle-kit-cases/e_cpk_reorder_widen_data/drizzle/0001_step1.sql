PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_item_tags` (
	`id` integer PRIMARY KEY NOT NULL,
	`tenant` integer,
	`code` text,
	`tag` text,
	FOREIGN KEY (`code`,`tenant`) REFERENCES `items`(`code`,`tenant`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_item_tags`("id", "tenant", "code", "tag") SELECT "id", "tenant", "code", "tag" FROM `item_tags`;--> statement-breakpoint
DROP TABLE `item_tags`;--> statement-breakpoint
ALTER TABLE `__new_item_tags` RENAME TO `item_tags`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_items` (
	`tenant` integer NOT NULL,
	`code` text NOT NULL,
	`label` text,
	PRIMARY KEY(`code`, `tenant`)
);
--> statement-breakpoint
INSERT INTO `__new_items`("tenant", "code", "label") SELECT "tenant", "code", "label" FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `__new_items` RENAME TO `items`;