PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "aa" TO "a";--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "c" TO "cc";--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`bb` text,
	`cc` text DEFAULT 'none' NOT NULL,
	`dd` integer,
	`e` integer,
	CONSTRAINT "t_d_nonneg" CHECK("dd" >= 0 AND "a" <> 99)
);
--> statement-breakpoint
INSERT INTO `__new_t`(`id`,`a`,`bb`,`cc`,`dd`,`e`) SELECT `id`, `a`, `bb`, coalesce(`cc`, 'none'), `dd`, `e` FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
CREATE UNIQUE INDEX `t_a_part` ON `t` (`a`) WHERE "bb" IS NOT NULL AND "cc" <> 'none';--> statement-breakpoint
CREATE INDEX `t_d_idx` ON `t` (`dd`,`a`);--> statement-breakpoint
CREATE UNIQUE INDEX `t_bc_uq` ON `t` (`bb`,`cc`,`a`);--> statement-breakpoint
PRAGMA foreign_keys=ON;