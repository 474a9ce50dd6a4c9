PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `codes` RENAME TO `__rename_Codes`;--> statement-breakpoint
ALTER TABLE `__rename_Codes` RENAME TO `Codes`;--> statement-breakpoint
CREATE UNIQUE INDEX `uses_code_uq` ON `uses` (`Code`);--> statement-breakpoint
CREATE TABLE `__old_Codes` AS SELECT * FROM `Codes`;--> statement-breakpoint
CREATE TABLE `__old_uses` AS SELECT * FROM `uses`;--> statement-breakpoint
DELETE FROM `uses`;--> statement-breakpoint
DROP TABLE `Codes`;--> statement-breakpoint
CREATE TABLE `Codes` (
	`code` text PRIMARY KEY NOT NULL,
	`meaning` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
INSERT INTO `Codes`(`code`,`meaning`) SELECT `code`, coalesce(`meaning`, '') FROM `__old_Codes`;--> statement-breakpoint
INSERT INTO `uses`(`id`,`Code`) SELECT `id`,`Code` FROM `__old_uses`;--> statement-breakpoint
DROP TABLE `__old_Codes`;--> statement-breakpoint
DROP TABLE `__old_uses`;--> statement-breakpoint
PRAGMA foreign_keys=ON;