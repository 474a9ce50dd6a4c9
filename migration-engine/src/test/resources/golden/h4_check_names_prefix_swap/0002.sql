PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`ab2` integer DEFAULT 1 NOT NULL,
	`a2` integer DEFAULT 2 NOT NULL,
	`a b` integer,
	`g` integer GENERATED ALWAYS AS ("ab2" * 10 + "a2") STORED,
	CONSTRAINT "t_a_lt_ab" CHECK("ab2" < "a2")
);
--> statement-breakpoint
INSERT INTO `__new_t`(`id`,`ab2`,`a2`,`a b`) SELECT `id`, `ab2`, `a2`, `a b` FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
CREATE INDEX `t_ab_idx` ON `t` (`a2`) WHERE "ab2" > 0 AND "a2" <> "ab2";--> statement-breakpoint
PRAGMA foreign_keys=ON;