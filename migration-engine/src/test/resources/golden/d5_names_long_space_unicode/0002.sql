PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_t ` AS SELECT * FROM `t `;--> statement-breakpoint
CREATE TABLE `__old_café` AS SELECT * FROM `café`;--> statement-breakpoint
CREATE TABLE `__old_café` AS SELECT * FROM `café`;--> statement-breakpoint
DELETE FROM `café`;--> statement-breakpoint
DROP TABLE `café`;--> statement-breakpoint
DROP TABLE `t `;--> statement-breakpoint
CREATE TABLE `t ` (
	`id` integer PRIMARY KEY NOT NULL,
	`t_id` integer,
	`v ` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`t_id`) REFERENCES `t`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `café` (
	`id` integer PRIMARY KEY NOT NULL,
	`café` blob,
	`nfd_renamed` text DEFAULT 'd'
);
--> statement-breakpoint
CREATE UNIQUE INDEX `café_idx` ON `café` (`café`);--> statement-breakpoint
INSERT INTO `t `(`id`,`t_id`,`v `) SELECT `id`, `t_id`, coalesce(`v `, '') FROM `__old_t `;--> statement-breakpoint
INSERT INTO `café`(`id`,`café`,`nfd_renamed`) SELECT `id`, `café`, `nfd_renamed` FROM `__old_café`;--> statement-breakpoint
INSERT INTO `café`(`id`,`n`,`café_id`) SELECT `id`,`n`,`café_id` FROM `__old_café`;--> statement-breakpoint
DROP TABLE `__old_t `;--> statement-breakpoint
DROP TABLE `__old_café`;--> statement-breakpoint
DROP TABLE `__old_café`;--> statement-breakpoint
PRAGMA foreign_keys=ON;