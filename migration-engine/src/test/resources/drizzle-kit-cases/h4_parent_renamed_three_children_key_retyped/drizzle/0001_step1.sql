ALTER TABLE `org` RENAME TO `company`;--> statement-breakpoint
ALTER TABLE `member` RENAME TO `employee`;--> statement-breakpoint
ALTER TABLE `company` RENAME COLUMN "id" TO "company_id";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_company` (
	`company_id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`size` real,
	`parent_id` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `company`(`company_id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_company`("company_id", "name", "size", "parent_id") SELECT "company_id", "name", "size", "parent_id" FROM `company`;--> statement-breakpoint
DROP TABLE `company`;--> statement-breakpoint
ALTER TABLE `__new_company` RENAME TO `company`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_employee` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `company`(`company_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_employee`("id", "org_id") SELECT "id", "org_id" FROM `employee`;--> statement-breakpoint
DROP TABLE `employee`;--> statement-breakpoint
ALTER TABLE `__new_employee` RENAME TO `employee`;--> statement-breakpoint
CREATE TABLE `__new_invoice` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` integer,
	FOREIGN KEY (`org_id`) REFERENCES `company`(`company_id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_invoice`("id", "org_id") SELECT "id", "org_id" FROM `invoice`;--> statement-breakpoint
DROP TABLE `invoice`;--> statement-breakpoint
ALTER TABLE `__new_invoice` RENAME TO `invoice`;--> statement-breakpoint
CREATE TABLE `__new_contract` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` integer,
	FOREIGN KEY (`org_id`) REFERENCES `company`(`company_id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_contract`("id", "org_id") SELECT "id", "org_id" FROM `contract`;--> statement-breakpoint
DROP TABLE `contract`;--> statement-breakpoint
ALTER TABLE `__new_contract` RENAME TO `contract`;