PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_tenant` AS SELECT * FROM `tenant`;--> statement-breakpoint
CREATE TABLE `__old_node` AS SELECT * FROM `node`;--> statement-breakpoint
UPDATE `node` SET `parent_id` = NULL WHERE `parent_id` IS NOT NULL;--> statement-breakpoint
DELETE FROM `node`;--> statement-breakpoint
DROP TABLE `tenant`;--> statement-breakpoint
CREATE TABLE `tenant` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
INSERT INTO `tenant`(`id`,`name`) SELECT `id`, coalesce(`name`, '') FROM `__old_tenant`;--> statement-breakpoint
INSERT INTO `node`(`tenant_id`,`id`,`parent_id`,`label`) SELECT `tenant_id`,`id`,`parent_id`,`label` FROM `__old_node`;--> statement-breakpoint
DROP TABLE `__old_tenant`;--> statement-breakpoint
DROP TABLE `__old_node`;--> statement-breakpoint
PRAGMA foreign_keys=ON;