PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `archive`;--> statement-breakpoint
DROP INDEX `items`;--> statement-breakpoint
DROP INDEX `pidx`;--> statement-breakpoint
ALTER TABLE `old_items` RENAME TO `items`;--> statement-breakpoint
ALTER TABLE `arch` RENAME TO `archive`;--> statement-breakpoint
ALTER TABLE `x` RENAME TO `pidx`;--> statement-breakpoint
CREATE TABLE `__old_t` AS SELECT * FROM `t`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
DROP TABLE `c`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `t_v_idx` ON `t` (`v`);--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_id` integer
);
--> statement-breakpoint
INSERT INTO `t`(`id`,`v`) SELECT `id`, coalesce(`v`, 0) FROM `__old_t`;--> statement-breakpoint
INSERT INTO `c`(`id`,`p_id`) SELECT `id`, `p_id` FROM `__old_c`;--> statement-breakpoint
DROP TABLE `__old_t`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
PRAGMA foreign_keys=ON;