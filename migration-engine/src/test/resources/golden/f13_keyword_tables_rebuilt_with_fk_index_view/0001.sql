PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `table`;--> statement-breakpoint
ALTER TABLE `group` RENAME COLUMN "key" TO "value";--> statement-breakpoint
CREATE TABLE `__old_group` AS SELECT * FROM `group`;--> statement-breakpoint
CREATE TABLE `__old_order` AS SELECT * FROM `order`;--> statement-breakpoint
DELETE FROM `order`;--> statement-breakpoint
DROP TABLE `group`;--> statement-breakpoint
CREATE TABLE `group` (
	`id` integer PRIMARY KEY NOT NULL,
	`value` text DEFAULT 'none' NOT NULL
);
--> statement-breakpoint
INSERT INTO `group`(`id`,`value`) SELECT `id`, coalesce(`value`, 'none') FROM `__old_group`;--> statement-breakpoint
INSERT INTO `order`(`id`,`group`,`from`,`to`) SELECT `id`,`group`,`from`,`to` FROM `__old_order`;--> statement-breakpoint
DROP TABLE `__old_group`;--> statement-breakpoint
DROP TABLE `__old_order`;--> statement-breakpoint
CREATE VIEW `table` AS select o."from", g."value" from "order" o join "group" g on g.id = o."group";--> statement-breakpoint
PRAGMA foreign_keys=ON;