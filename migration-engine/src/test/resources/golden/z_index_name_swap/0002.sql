PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`b` text,
	`c` real
);
--> statement-breakpoint
INSERT INTO `__new_t`(`id`,`a`,`b`,`c`) SELECT `id`, `a`, `b`, `c` FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
CREATE INDEX `ix_one` ON `t` (`a`);--> statement-breakpoint
CREATE INDEX `ix_two` ON `t` (`b`);--> statement-breakpoint
CREATE UNIQUE INDEX `ux_c` ON `t` (`c`);--> statement-breakpoint
CREATE INDEX `ux_b2` ON `t` (`a`,`b`);--> statement-breakpoint
PRAGMA foreign_keys=ON;