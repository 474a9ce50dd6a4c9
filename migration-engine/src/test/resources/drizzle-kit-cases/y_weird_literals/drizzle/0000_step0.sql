CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text DEFAULT 'x;y',
	`b` text DEFAULT '--> statement-breakpoint',
	`c` text DEFAULT 'line1
line2 -- not a comment /* nor this */',
	`d` integer,
	CONSTRAINT "t" CHECK(chk)
);
--> statement-breakpoint
CREATE INDEX `t_part` ON `t` (`d`) WHERE "t"."c" <> '/*' AND "t"."a" <> '--';