PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_warehouses` AS SELECT * FROM `warehouses`;--> statement-breakpoint
CREATE TABLE `__old_slots` AS SELECT * FROM `slots`;--> statement-breakpoint
DELETE FROM `slots`;--> statement-breakpoint
DROP TABLE `warehouses`;--> statement-breakpoint
CREATE TABLE `warehouses` (
	`org` text NOT NULL,
	`code` text NOT NULL,
	PRIMARY KEY(`org`, `code`)
);
--> statement-breakpoint
INSERT INTO `warehouses`(`org`,`code`) SELECT `org`, `code` FROM `__old_warehouses`;--> statement-breakpoint
INSERT INTO `slots`(`id`,`org`,`warehouse_code`,`label`) SELECT `id`,`org`,`warehouse_code`,`label` FROM `__old_slots`;--> statement-breakpoint
DROP TABLE `__old_warehouses`;--> statement-breakpoint
DROP TABLE `__old_slots`;--> statement-breakpoint
PRAGMA foreign_keys=ON;