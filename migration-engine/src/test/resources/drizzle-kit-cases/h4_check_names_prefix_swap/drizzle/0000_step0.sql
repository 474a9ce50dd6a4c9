CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer DEFAULT 1 NOT NULL,
	`ab` integer DEFAULT 2 NOT NULL,
	`a b` text,
	`g` integer GENERATED ALWAYS AS ("a" * 10 + "ab") STORED,
	CONSTRAINT "t_a_lt_ab" CHECK("t"."a" < "t"."ab" AND "t"."a b" IS NOT 'a')
);
--> statement-breakpoint
CREATE INDEX `t_ab_idx` ON `t` (`ab`) WHERE "t"."a" > 0 AND "t"."ab" <> "t"."a";