PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_d` (
	`id` integer PRIMARY KEY NOT NULL,
	`c_id` integer,
	`v` blob
);
--> statement-breakpoint
INSERT INTO `__new_d`(`id`,`c_id`,`v`) SELECT `id`, `c_id`, `v` FROM `d`;--> statement-breakpoint
DROP TABLE `d`;--> statement-breakpoint
ALTER TABLE `__new_d` RENAME TO `d`;--> statement-breakpoint
DROP TABLE `c`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
PRAGMA foreign_keys=ON;