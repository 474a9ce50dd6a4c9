PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `z` ADD `w` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE TABLE `__old_x` AS SELECT * FROM `x`;--> statement-breakpoint
CREATE TABLE `__old_z` AS SELECT * FROM `z`;--> statement-breakpoint
DELETE FROM `z`;--> statement-breakpoint
DROP TABLE `x`;--> statement-breakpoint
CREATE TABLE `x` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text
);
--> statement-breakpoint
INSERT INTO `x`(`id`,`label`) SELECT `id`, `label` FROM `__old_x`;--> statement-breakpoint
INSERT INTO `z`(`id`,`x_id`,`w`) SELECT `id`,`x_id`,`w` FROM `__old_z`;--> statement-breakpoint
DROP TABLE `__old_x`;--> statement-breakpoint
DROP TABLE `__old_z`;--> statement-breakpoint
DROP TABLE `y`;--> statement-breakpoint
PRAGMA foreign_keys=ON;