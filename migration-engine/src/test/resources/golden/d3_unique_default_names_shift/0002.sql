PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t` RENAME TO `u`;--> statement-breakpoint
ALTER TABLE `u` RENAME COLUMN "a" TO "c";--> statement-breakpoint
ALTER TABLE `u` RENAME COLUMN "b" TO "a";--> statement-breakpoint
CREATE TABLE `__new_u` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text,
	`c` real
);
--> statement-breakpoint
INSERT INTO `__new_u`(`id`,`a`,`c`) SELECT `id`, `a`, `c` FROM `u`;--> statement-breakpoint
DROP TABLE `u`;--> statement-breakpoint
ALTER TABLE `__new_u` RENAME TO `u`;--> statement-breakpoint
CREATE UNIQUE INDEX `u_a_unique` ON `u` (`a`);--> statement-breakpoint
CREATE UNIQUE INDEX `u_c_unique` ON `u` (`c`);--> statement-breakpoint
PRAGMA foreign_keys=ON;