PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `org` RENAME TO `company`;--> statement-breakpoint
ALTER TABLE `member` RENAME TO `employee`;--> statement-breakpoint
ALTER TABLE `company` RENAME COLUMN "id" TO "company_id";--> statement-breakpoint
CREATE TABLE `__old_company` AS SELECT * FROM `company`;--> statement-breakpoint
CREATE TABLE `__old_employee` AS SELECT * FROM `employee`;--> statement-breakpoint
CREATE TABLE `__old_invoice` AS SELECT * FROM `invoice`;--> statement-breakpoint
CREATE TABLE `__old_contract` AS SELECT * FROM `contract`;--> statement-breakpoint
DELETE FROM `contract`;--> statement-breakpoint
DELETE FROM `invoice`;--> statement-breakpoint
DELETE FROM `employee`;--> statement-breakpoint
DROP TABLE `company`;--> statement-breakpoint
CREATE TABLE `company` (
	`company_id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`size` real,
	`parent_id` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `company`(`company_id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `company`(`company_id`,`name`,`size`,`parent_id`) SELECT `company_id`, `name`, `size`, `parent_id` FROM `__old_company`;--> statement-breakpoint
INSERT INTO `employee`(`id`,`org_id`) SELECT `id`,`org_id` FROM `__old_employee`;--> statement-breakpoint
INSERT INTO `invoice`(`id`,`org_id`) SELECT `id`,`org_id` FROM `__old_invoice`;--> statement-breakpoint
INSERT INTO `contract`(`id`,`org_id`) SELECT `id`,`org_id` FROM `__old_contract`;--> statement-breakpoint
DROP TABLE `__old_company`;--> statement-breakpoint
DROP TABLE `__old_employee`;--> statement-breakpoint
DROP TABLE `__old_invoice`;--> statement-breakpoint
DROP TABLE `__old_contract`;--> statement-breakpoint
PRAGMA foreign_keys=ON;