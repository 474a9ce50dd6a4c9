PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_t70` (
	`c71` real NOT NULL,
	`c72` blob NOT NULL,
	`values` integer,
	PRIMARY KEY(`c72`, `c71`)
);
--> statement-breakpoint
INSERT INTO `__new_t70`(`c71`,`c72`,`values`) SELECT `c71`, `c72`, `values` FROM `t70`;--> statement-breakpoint
DROP TABLE `t70`;--> statement-breakpoint
ALTER TABLE `__new_t70` RENAME TO `t70`;--> statement-breakpoint
CREATE INDEX `ex75` ON `t70` (length("c71"));--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `t1` (`id` integer, `c2` blob, `c3` integer, `c4` integer, `c6` numeric, `c7` integer, `c9` integer, `c31` real, `c32` text, `c96` blob, PRIMARY KEY(`id`));--> statement-breakpoint
DROP TABLE `t54`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
PRAGMA foreign_keys=ON;