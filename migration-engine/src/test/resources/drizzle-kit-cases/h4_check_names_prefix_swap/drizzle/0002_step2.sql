PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`ab2` integer DEFAULT 1 NOT NULL,
	`a2` integer DEFAULT 2 NOT NULL,
	`a b` integer,
	`g` integer GENERATED ALWAYS AS ("ab2" * 10 + "a2") STORED,
	CONSTRAINT "t_a_lt_ab" CHECK("__new_t"."ab2" < "__new_t"."a2")
);
--> statement-breakpoint
INSERT INTO `__new_t`("id", "ab2", "a2", "a b", "g") SELECT "id", "ab2", "a2", "a b", "g" FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `t_ab_idx` ON `t` (`a2`) WHERE "t"."ab2" > 0 AND "t"."a2" <> "t"."ab2";