PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `Users` RENAME TO `__rename_users_1`;--> statement-breakpoint
ALTER TABLE `__rename_users_1` RENAME TO `users`;--> statement-breakpoint
CREATE TABLE `__new_t_1` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_t_1`(`id`,`v`) SELECT `id`, coalesce(`v`, '') FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t_1` RENAME TO `t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;