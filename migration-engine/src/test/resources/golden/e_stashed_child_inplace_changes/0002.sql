PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_p` AS SELECT * FROM `p`;--> statement-breakpoint
CREATE TABLE `__old_kids` AS SELECT * FROM `kids`;--> statement-breakpoint
CREATE TABLE `__old_r` AS SELECT * FROM `r`;--> statement-breakpoint
DELETE FROM `r`;--> statement-breakpoint
DELETE FROM `kids`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` blob DEFAULT '' NOT NULL
);
--> statement-breakpoint
INSERT INTO `p`(`id`,`v`) SELECT `id`, `v` FROM `__old_p`;--> statement-breakpoint
INSERT INTO `kids`(`id`,`p_id`,`kept`,`status`) SELECT `id`,`p_id`,`kept`,`status` FROM `__old_kids`;--> statement-breakpoint
INSERT INTO `r`(`id`,`p_id`,`kid_id`) SELECT `id`,`p_id`,`kid_id` FROM `__old_r`;--> statement-breakpoint
DROP TABLE `__old_p`;--> statement-breakpoint
DROP TABLE `__old_kids`;--> statement-breakpoint
DROP TABLE `__old_r`;--> statement-breakpoint
PRAGMA foreign_keys=ON;