CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`b` text,
	`c` text,
	`d` integer,
	`e` real,
	CONSTRAINT "t_d_nonneg" CHECK("d" >= 0 AND "a" <> 99)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t_a_part` ON `t` (`a`) WHERE "b" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `t_d_idx` ON `t` (`d`,`a`);--> statement-breakpoint
CREATE UNIQUE INDEX `t_bc_uq` ON `t` (`b`,`c`);