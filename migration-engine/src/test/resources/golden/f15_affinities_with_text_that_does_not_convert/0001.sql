PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_m` (
	`id` integer PRIMARY KEY NOT NULL,
	`n` integer,
	`r` numeric,
	`i` real,
	`t` numeric
);
--> statement-breakpoint
INSERT INTO `__new_m`(`id`,`n`,`r`,`i`,`t`) SELECT `id`, `n`, `r`, `i`, `t` FROM `m`;--> statement-breakpoint
DROP TABLE `m`;--> statement-breakpoint
ALTER TABLE `__new_m` RENAME TO `m`;--> statement-breakpoint
PRAGMA foreign_keys=ON;