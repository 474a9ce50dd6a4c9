PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_p` AS SELECT * FROM `p`;--> statement-breakpoint
CREATE TABLE `__old_c1` AS SELECT * FROM `c1`;--> statement-breakpoint
CREATE TABLE `__old_c2` AS SELECT * FROM `c2`;--> statement-breakpoint
DELETE FROM `c2`;--> statement-breakpoint
DELETE FROM `c1`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
CREATE TABLE `p` (
	`id` integer NOT NULL,
	`kind` text DEFAULT 'x' NOT NULL,
	`v` text,
	PRIMARY KEY(`id`, `kind`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `p_id_unique` ON `p` (`id`);--> statement-breakpoint
INSERT INTO `p`(`id`,`v`) SELECT `id`, `v` FROM `__old_p`;--> statement-breakpoint
INSERT INTO `c1`(`id`,`pid`) SELECT `id`,`pid` FROM `__old_c1`;--> statement-breakpoint
INSERT INTO `c2`(`id`,`pid`) SELECT `id`,`pid` FROM `__old_c2`;--> statement-breakpoint
DROP TABLE `__old_p`;--> statement-breakpoint
DROP TABLE `__old_c1`;--> statement-breakpoint
DROP TABLE `__old_c2`;--> statement-breakpoint
PRAGMA foreign_keys=ON;