PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_log` AS SELECT * FROM `log`;--> statement-breakpoint
CREATE TABLE `__old_log_ref` AS SELECT * FROM `log_ref`;--> statement-breakpoint
DELETE FROM `log_ref`;--> statement-breakpoint
DROP TABLE `log`;--> statement-breakpoint
CREATE TABLE `log` (
	`code` text,
	`msg` text,
	`n` real
);
--> statement-breakpoint
CREATE UNIQUE INDEX `log_code_unique` ON `log` (`code`);--> statement-breakpoint
INSERT INTO `log`(`code`,`msg`,`n`) SELECT `code`, `msg`, `n` FROM `__old_log`;--> statement-breakpoint
INSERT INTO `log_ref`(`id`,`code`) SELECT `id`,`code` FROM `__old_log_ref`;--> statement-breakpoint
DROP TABLE `__old_log`;--> statement-breakpoint
DROP TABLE `__old_log_ref`;--> statement-breakpoint
PRAGMA foreign_keys=ON;