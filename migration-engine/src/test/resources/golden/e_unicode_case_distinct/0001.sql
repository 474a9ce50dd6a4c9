PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_Ärger` AS SELECT * FROM `Ärger`;--> statement-breakpoint
CREATE TABLE `__old_ärger` AS SELECT * FROM `ärger`;--> statement-breakpoint
DROP TABLE `ärger`;--> statement-breakpoint
DROP TABLE `Ärger`;--> statement-breakpoint
CREATE TABLE `Ärger` (
	`id` integer PRIMARY KEY NOT NULL,
	`Ö` text DEFAULT 'Ö' NOT NULL,
	`ö` text
);
--> statement-breakpoint
CREATE INDEX `Ärger_idx` ON `Ärger` (`Ö`);--> statement-breakpoint
CREATE TABLE `ärger` (
	`id` integer PRIMARY KEY NOT NULL,
	`ärger_id` integer,
	`note` blob,
	FOREIGN KEY (`ärger_id`) REFERENCES `Ärger`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ärger_idx` ON `ärger` (`ärger_id`);--> statement-breakpoint
INSERT INTO `Ärger`(`id`,`Ö`,`ö`) SELECT `id`, coalesce(`Ö`, 'Ö'), `ö` FROM `__old_Ärger`;--> statement-breakpoint
INSERT INTO `ärger`(`id`,`ärger_id`,`note`) SELECT `id`, `ärger_id`, `note` FROM `__old_ärger`;--> statement-breakpoint
DROP TABLE `__old_Ärger`;--> statement-breakpoint
DROP TABLE `__old_ärger`;--> statement-breakpoint
PRAGMA foreign_keys=ON;