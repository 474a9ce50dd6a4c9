PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text DEFAULT 'x;y',
	`b` text DEFAULT '--> statement-breakpoint
--> statement-breakpoint',
	`c` text DEFAULT '''; DROP TABLE t; --',
	`d` real DEFAULT 1.5,
	CONSTRAINT "t" CHECK(chk)
);
--> statement-breakpoint
INSERT INTO `__new_t`("id", "a", "b", "c", "d") SELECT "id", "a", "b", "c", "d" FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `t_part` ON `t` (`d`) WHERE "t"."c" <> '/*' AND "t"."a" <> '--';