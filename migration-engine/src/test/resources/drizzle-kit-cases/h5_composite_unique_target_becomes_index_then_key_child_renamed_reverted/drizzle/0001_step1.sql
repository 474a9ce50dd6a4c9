ALTER TABLE `bins` RENAME TO `slots`;--> statement-breakpoint
ALTER TABLE `slots` RENAME COLUMN "wh_code" TO "warehouse_code";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_slots` (
	`id` integer PRIMARY KEY NOT NULL,
	`org` text NOT NULL,
	`warehouse_code` text NOT NULL,
	`label` text,
	FOREIGN KEY (`org`,`warehouse_code`) REFERENCES `warehouses`(`org`,`code`) ON UPDATE cascade ON DELETE cascade,
	CONSTRAINT "bins_code_len" CHECK(length("__new_slots"."warehouse_code") BETWEEN 1 AND 8)
);
--> statement-breakpoint
INSERT INTO `__new_slots`("id", "org", "warehouse_code", "label") SELECT "id", "org", "warehouse_code", "label" FROM `slots`;--> statement-breakpoint
DROP TABLE `slots`;--> statement-breakpoint
ALTER TABLE `__new_slots` RENAME TO `slots`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `bins_label_uq` ON `slots` (`org`,`warehouse_code`,`label`) WHERE "slots"."label" IS NOT NULL;