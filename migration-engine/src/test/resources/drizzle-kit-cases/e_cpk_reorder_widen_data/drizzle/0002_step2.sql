PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_item_tags` (
	`id` integer PRIMARY KEY NOT NULL,
	`tenant` integer,
	`code` text,
	`tag` text,
	FOREIGN KEY (`tenant`,`code`) REFERENCES `items`(`tenant`,`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_item_tags`("id", "tenant", "code", "tag") SELECT "id", "tenant", "code", "tag" FROM `item_tags`;--> statement-breakpoint
DROP TABLE `item_tags`;--> statement-breakpoint
ALTER TABLE `__new_item_tags` RENAME TO `item_tags`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_items` (
	`tenant` integer NOT NULL,
	`code` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`label` text,
	PRIMARY KEY(`code`, `tenant`, `version`)
);
--> statement-breakpoint
INSERT INTO `__new_items`("tenant", "code", "version", "label") SELECT "tenant", "code", "version", "label" FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `__new_items` RENAME TO `items`;--> statement-breakpoint
CREATE UNIQUE INDEX `items_tenant_code_uq` ON `items` (`tenant`,`code`);