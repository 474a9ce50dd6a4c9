PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_p` AS SELECT * FROM `p`;--> statement-breakpoint
CREATE TABLE `__old_t` AS SELECT * FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`b` integer,
	`d` integer,
	`keep` text
);
--> statement-breakpoint
CREATE INDEX `t_b_pidx` ON `t` (`b`) WHERE "b" > 0;--> statement-breakpoint
INSERT INTO `p`(`id`) SELECT `id` FROM `__old_p`;--> statement-breakpoint
INSERT INTO `t`(`id`,`b`,`d`,`keep`) SELECT `id`, `b`, `d`, `keep` FROM `__old_t`;--> statement-breakpoint
DROP TABLE `__old_p`;--> statement-breakpoint
DROP TABLE `__old_t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;