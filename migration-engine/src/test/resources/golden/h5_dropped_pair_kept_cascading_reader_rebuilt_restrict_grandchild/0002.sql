PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_audit` AS SELECT * FROM `audit`;--> statement-breakpoint
CREATE TABLE `__old_audit_refs` AS SELECT * FROM `audit_refs`;--> statement-breakpoint
DELETE FROM `audit_refs`;--> statement-breakpoint
DROP TABLE `audit`;--> statement-breakpoint
CREATE TABLE `audit` (
	`id` integer PRIMARY KEY NOT NULL,
	`stock_id` integer,
	`note` integer
);
--> statement-breakpoint
INSERT INTO `audit`(`id`,`stock_id`,`note`) SELECT `id`, `stock_id`, `note` FROM `__old_audit`;--> statement-breakpoint
INSERT INTO `audit_refs`(`id`,`audit_id`) SELECT `id`,`audit_id` FROM `__old_audit_refs`;--> statement-breakpoint
DROP TABLE `__old_audit`;--> statement-breakpoint
DROP TABLE `__old_audit_refs`;--> statement-breakpoint
DROP TABLE `stock`;--> statement-breakpoint
DROP TABLE `shops`;--> statement-breakpoint
PRAGMA foreign_keys=ON;