PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "x" TO "y";--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "X2" TO "X";--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` blob,
	`b` text,
	`X` integer,
	`y` integer,
	CONSTRAINT "y_positive" CHECK("y" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_t`(`id`,`name`,`b`,`X`,`y`) SELECT `id`, `name`, `b`, `X`, `y` FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
CREATE INDEX `t_x_idx` ON `t` (`X`);--> statement-breakpoint
PRAGMA foreign_keys=ON;