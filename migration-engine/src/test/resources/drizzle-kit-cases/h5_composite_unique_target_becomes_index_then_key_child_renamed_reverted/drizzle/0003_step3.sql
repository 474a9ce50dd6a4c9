ALTER TABLE `slots` RENAME TO `bins`;--> statement-breakpoint
ALTER TABLE `bins` RENAME COLUMN "warehouse_code" TO "wh_code";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_bins` (
	`id` integer PRIMARY KEY NOT NULL,
	`org` text NOT NULL,
	`wh_code` text NOT NULL,
	`label` text,
	FOREIGN KEY (`org`,`wh_code`) REFERENCES `warehouses`(`org`,`code`) ON UPDATE cascade ON DELETE cascade,
	CONSTRAINT "bins_code_len" CHECK(length("__new_bins"."wh_code") BETWEEN 1 AND 8)
);
--> statement-breakpoint
INSERT INTO `__new_bins`("id", "org", "wh_code", "label") SELECT "id", "org", "wh_code", "label" FROM `bins`;--> statement-breakpoint
DROP TABLE `bins`;--> statement-breakpoint
ALTER TABLE `__new_bins` RENAME TO `bins`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `bins_label_uq` ON `bins` (`org`,`wh_code`,`label`) WHERE "bins"."label" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `__new_warehouses` (
	`id` integer PRIMARY KEY NOT NULL,
	`org` text NOT NULL,
	`code` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_warehouses`("id", "org", "code") SELECT "id", "org", "code" FROM `warehouses`;--> statement-breakpoint
DROP TABLE `warehouses`;--> statement-breakpoint
ALTER TABLE `__new_warehouses` RENAME TO `warehouses`;--> statement-breakpoint
CREATE UNIQUE INDEX `warehouses_org_code_uq` ON `warehouses` (`org`,`code`);