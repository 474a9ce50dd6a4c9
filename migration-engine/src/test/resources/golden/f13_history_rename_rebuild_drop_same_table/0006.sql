PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_goods` AS SELECT * FROM `goods`;--> statement-breakpoint
CREATE TABLE `__old_items` AS SELECT * FROM `items`;--> statement-breakpoint
DELETE FROM `items`;--> statement-breakpoint
DROP TABLE `goods`;--> statement-breakpoint
CREATE TABLE `goods` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`cost` numeric DEFAULT '0.00' NOT NULL,
	`qty` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "goods_cost_pos" CHECK("cost" >= 0)
);
--> statement-breakpoint
INSERT INTO `goods`(`id`,`name`,`cost`,`qty`) SELECT `id`, `name`, `cost`, `qty` FROM `__old_goods`;--> statement-breakpoint
INSERT INTO `items`(`id`,`product_id`,`serial`) SELECT `id`,`product_id`,`serial` FROM `__old_items`;--> statement-breakpoint
DROP TABLE `__old_goods`;--> statement-breakpoint
DROP TABLE `__old_items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;