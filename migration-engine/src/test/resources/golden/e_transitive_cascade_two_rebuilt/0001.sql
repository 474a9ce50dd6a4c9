PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_r2` AS SELECT * FROM `r2`;--> statement-breakpoint
CREATE TABLE `__old_r1` AS SELECT * FROM `r1`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
CREATE TABLE `__old_g` AS SELECT * FROM `g`;--> statement-breakpoint
DELETE FROM `c`;--> statement-breakpoint
DROP TABLE `r2`;--> statement-breakpoint
DROP TABLE `g`;--> statement-breakpoint
DROP TABLE `r1`;--> statement-breakpoint
CREATE TABLE `r2` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `r1` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `g` (
	`id` integer PRIMARY KEY NOT NULL,
	`c_id` integer,
	`r1_id` integer,
	FOREIGN KEY (`c_id`) REFERENCES `c`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`r1_id`) REFERENCES `r1`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `r2`(`id`,`label`) SELECT `id`, coalesce(`label`, '') FROM `__old_r2`;--> statement-breakpoint
INSERT INTO `r1`(`id`,`label`) SELECT `id`, coalesce(`label`, '') FROM `__old_r1`;--> statement-breakpoint
INSERT INTO `c`(`id`,`r2_id`) SELECT `id`,`r2_id` FROM `__old_c`;--> statement-breakpoint
INSERT INTO `g`(`id`,`c_id`,`r1_id`) SELECT `id`, `c_id`, `r1_id` FROM `__old_g`;--> statement-breakpoint
DROP TABLE `__old_r2`;--> statement-breakpoint
DROP TABLE `__old_r1`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
DROP TABLE `__old_g`;--> statement-breakpoint
PRAGMA foreign_keys=ON;