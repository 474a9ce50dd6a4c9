CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer DEFAULT 1 NOT NULL,
	`b` text,
	`g` integer GENERATED ALWAYS AS ("a" * 2) STORED
);
--> statement-breakpoint
CREATE INDEX `t_g_idx` ON `t` (`g`);--> statement-breakpoint
CREATE VIEW `v` AS SELECT "a", "g", "b" FROM "t" WHERE "a" > 0;