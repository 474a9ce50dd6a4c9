PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "a" TO "aa";--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "b" TO "bb";--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "d" TO "dd";--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`aa` integer,
	`bb` text,
	`c` text,
	`dd` integer,
	`e` integer,
	CONSTRAINT "t_d_nonneg" CHECK("dd" >= 0 AND "aa" <> 99)
);
--> statement-breakpoint
INSERT INTO `__new_t`(`id`,`aa`,`bb`,`c`,`dd`,`e`) SELECT `id`, `aa`, `bb`, `c`, `dd`, `e` FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
CREATE UNIQUE INDEX `t_a_part` ON `t` (`aa`) WHERE "bb" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `t_d_idx` ON `t` (`dd`,`aa`);--> statement-breakpoint
CREATE UNIQUE INDEX `t_bc_uq` ON `t` (`bb`,`c`);--> statement-breakpoint
PRAGMA foreign_keys=ON;