PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `beta`;--> statement-breakpoint
ALTER TABLE `zeta` RENAME TO `zeta_parent`;--> statement-breakpoint
CREATE TABLE `gamma` (
	`gid` text PRIMARY KEY NOT NULL,
	`eps` integer,
	FOREIGN KEY (`eps`) REFERENCES `epsilon`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `zeta_name_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `zeta_parent_name_unique` ON `zeta_parent` (`name`);--> statement-breakpoint
CREATE TABLE `__old_alpha2` AS SELECT * FROM `alpha2`;--> statement-breakpoint
CREATE TABLE `__old_epsilon` AS SELECT * FROM `epsilon`;--> statement-breakpoint
DELETE FROM `epsilon`;--> statement-breakpoint
DROP TABLE `alpha2`;--> statement-breakpoint
CREATE TABLE `alpha2` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'none' NOT NULL
);
--> statement-breakpoint
INSERT INTO `alpha2`(`id`,`v`) SELECT `id`, coalesce(`v`, 'none') FROM `__old_alpha2`;--> statement-breakpoint
INSERT INTO `epsilon`(`id`,`zeta_id`,`alpha_id`) SELECT `id`,`zeta_id`,`alpha_id` FROM `__old_epsilon`;--> statement-breakpoint
DROP TABLE `__old_alpha2`;--> statement-breakpoint
DROP TABLE `__old_epsilon`;--> statement-breakpoint
PRAGMA foreign_keys=ON;