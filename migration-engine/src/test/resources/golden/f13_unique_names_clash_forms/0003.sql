PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t` RENAME TO `u`;--> statement-breakpoint
CREATE TABLE `__new_u` (
	`id` integer PRIMARY KEY NOT NULL,
	`c` text DEFAULT '' NOT NULL,
	`d` text,
	`e` text
);
--> statement-breakpoint
INSERT INTO `__new_u`(`id`,`c`,`d`,`e`) SELECT `id`, coalesce(`c`, ''), `d`, `e` FROM `u`;--> statement-breakpoint
DROP TABLE `u`;--> statement-breakpoint
ALTER TABLE `__new_u` RENAME TO `u`;--> statement-breakpoint
CREATE UNIQUE INDEX `u_e_unique` ON `u` (`e`);--> statement-breakpoint
CREATE INDEX `t_c_unique` ON `u` (`d`);--> statement-breakpoint
PRAGMA foreign_keys=ON;