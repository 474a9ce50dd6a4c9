PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_t_1` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` real
);
--> statement-breakpoint
INSERT INTO `__new_t_1`(`id`,`x`) SELECT `id`, `x` FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t_1` RENAME TO `t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;