PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `gamma`;--> statement-breakpoint
ALTER TABLE `alpha` RENAME TO `alpha2`;--> statement-breakpoint
CREATE TABLE `zeta` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `zeta_name_unique` ON `zeta` (`name`);--> statement-breakpoint
CREATE TABLE `epsilon` (
	`id` integer PRIMARY KEY NOT NULL,
	`zeta_id` integer NOT NULL,
	`alpha_id` integer,
	FOREIGN KEY (`zeta_id`) REFERENCES `zeta`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`alpha_id`) REFERENCES `alpha2`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
ALTER TABLE `delta` DROP COLUMN `old`;--> statement-breakpoint
CREATE INDEX `delta_keep_idx` ON `delta` (`keep`);--> statement-breakpoint
CREATE TABLE `__new_beta` (
	`id` integer PRIMARY KEY NOT NULL,
	`amount` real
);
--> statement-breakpoint
INSERT INTO `__new_beta`(`id`,`amount`) SELECT `id`, `amount` FROM `beta`;--> statement-breakpoint
DROP TABLE `beta`;--> statement-breakpoint
ALTER TABLE `__new_beta` RENAME TO `beta`;--> statement-breakpoint
PRAGMA foreign_keys=ON;