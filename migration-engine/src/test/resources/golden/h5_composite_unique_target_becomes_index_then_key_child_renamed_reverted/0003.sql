PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `slots` RENAME TO `bins`;--> statement-breakpoint
ALTER TABLE `bins` RENAME COLUMN "warehouse_code" TO "wh_code";--> statement-breakpoint
CREATE TABLE `__old_warehouses` AS SELECT * FROM `warehouses`;--> statement-breakpoint
CREATE TABLE `__old_bins` AS SELECT * FROM `bins`;--> statement-breakpoint
DROP TABLE `bins`;--> statement-breakpoint
DROP TABLE `warehouses`;--> statement-breakpoint
CREATE TABLE `warehouses` (
	`id` integer PRIMARY KEY NOT NULL,
	`org` text NOT NULL,
	`code` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `warehouses_org_code_uq` ON `warehouses` (`org`,`code`);--> statement-breakpoint
CREATE TABLE `bins` (
	`id` integer PRIMARY KEY NOT NULL,
	`org` text NOT NULL,
	`wh_code` text NOT NULL,
	`label` text,
	FOREIGN KEY (`org`,`wh_code`) REFERENCES `warehouses`(`org`,`code`) ON UPDATE cascade ON DELETE cascade,
	CONSTRAINT "bins_code_len" CHECK(length("wh_code") BETWEEN 1 AND 8)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bins_label_uq` ON `bins` (`org`,`wh_code`,`label`) WHERE "label" IS NOT NULL;--> statement-breakpoint
INSERT INTO `warehouses`(`org`,`code`) SELECT `org`, `code` FROM `__old_warehouses`;--> statement-breakpoint
INSERT INTO `bins`(`id`,`org`,`wh_code`,`label`) SELECT `id`, `org`, `wh_code`, `label` FROM `__old_bins`;--> statement-breakpoint
DROP TABLE `__old_warehouses`;--> statement-breakpoint
DROP TABLE `__old_bins`;--> statement-breakpoint
PRAGMA foreign_keys=ON;