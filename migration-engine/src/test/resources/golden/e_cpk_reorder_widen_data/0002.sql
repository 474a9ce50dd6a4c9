PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_items` AS SELECT * FROM `items`;--> statement-breakpoint
CREATE TABLE `__old_item_tags` AS SELECT * FROM `item_tags`;--> statement-breakpoint
DROP TABLE `item_tags`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
CREATE TABLE `items` (
	`tenant` integer NOT NULL,
	`code` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`label` text,
	PRIMARY KEY(`code`, `tenant`, `version`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `items_tenant_code_uq` ON `items` (`tenant`,`code`);--> statement-breakpoint
CREATE TABLE `item_tags` (
	`id` integer PRIMARY KEY NOT NULL,
	`tenant` integer,
	`code` text,
	`tag` text,
	FOREIGN KEY (`tenant`,`code`) REFERENCES `items`(`tenant`,`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `items`(`tenant`,`code`,`label`) SELECT `tenant`, `code`, `label` FROM `__old_items`;--> statement-breakpoint
INSERT INTO `item_tags`(`id`,`tenant`,`code`,`tag`) SELECT `id`, `tenant`, `code`, `tag` FROM `__old_item_tags`;--> statement-breakpoint
DROP TABLE `__old_items`;--> statement-breakpoint
DROP TABLE `__old_item_tags`;--> statement-breakpoint
PRAGMA foreign_keys=ON;