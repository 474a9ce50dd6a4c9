PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_hub` AS SELECT * FROM `hub`;--> statement-breakpoint
CREATE TABLE `__old_a` AS SELECT * FROM `a`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
DELETE FROM `c`;--> statement-breakpoint
DELETE FROM `a`;--> statement-breakpoint
DELETE FROM `hub`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`c_id` integer DEFAULT 1 NOT NULL,
	`v` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`c_id`) REFERENCES `c`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `hub`(`id`,`a_id`,`b_id`,`c_id`) SELECT `id`,`a_id`,`b_id`,`c_id` FROM `__old_hub`;--> statement-breakpoint
INSERT INTO `a`(`id`,`b_id`,`v`,`hub_id`) SELECT `id`,`b_id`,`v`,`hub_id` FROM `__old_a`;--> statement-breakpoint
INSERT INTO `c`(`id`,`a_id`,`v`) SELECT `id`,`a_id`,`v` FROM `__old_c`;--> statement-breakpoint
INSERT INTO `b`(`id`,`c_id`,`v`) SELECT `id`, coalesce(`c_id`, 1), `v` FROM `__old_b`;--> statement-breakpoint
DROP TABLE `__old_hub`;--> statement-breakpoint
DROP TABLE `__old_a`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
PRAGMA foreign_keys=ON;