PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_p` AS SELECT * FROM `p`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
DELETE FROM `c`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` blob,
	`w` text DEFAULT 'w'
);
--> statement-breakpoint
CREATE INDEX `p_v_idx` ON `p` (`v`);--> statement-breakpoint
INSERT INTO `p`(`id`,`v`,`w`) SELECT `id`, `v`, `w` FROM `__old_p`;--> statement-breakpoint
INSERT INTO `c`(`id`,`p_id`) SELECT `id`,`p_id` FROM `__old_c`;--> statement-breakpoint
DROP TABLE `__old_p`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
PRAGMA foreign_keys=ON;