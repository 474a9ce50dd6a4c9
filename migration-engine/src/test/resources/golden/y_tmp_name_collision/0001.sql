PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_p_1` AS SELECT * FROM `p`;--> statement-breakpoint
CREATE TABLE `__old_t_1` AS SELECT * FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` blob
);
--> statement-breakpoint
CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_id` integer,
	`x` real,
	FOREIGN KEY (`p_id`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `p`(`id`,`v`) SELECT `id`, `v` FROM `__old_p_1`;--> statement-breakpoint
INSERT INTO `t`(`id`,`p_id`,`x`) SELECT `id`, `p_id`, `x` FROM `__old_t_1`;--> statement-breakpoint
DROP TABLE `__old_p_1`;--> statement-breakpoint
DROP TABLE `__old_t_1`;--> statement-breakpoint
PRAGMA foreign_keys=ON;