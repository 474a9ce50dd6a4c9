PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`c0` text,
	`c1` real,
	`c2` numeric,
	`c3` blob,
	`c4` integer
);
--> statement-breakpoint
INSERT INTO `__new_t`(`id`,`c0`,`c1`,`c2`,`c3`,`c4`) SELECT `id`, `c0`, `c1`, `c2`, `c3`, `c4` FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;