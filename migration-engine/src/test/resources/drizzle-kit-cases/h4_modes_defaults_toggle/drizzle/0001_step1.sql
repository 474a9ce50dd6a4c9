PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_ev` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`on` integer DEFAULT true NOT NULL,
	`at_ms` integer DEFAULT (abs(-5) * 1000),
	`at` integer DEFAULT ((length('ab')) + (60 * (1))),
	`big` numeric,
	`doc` text DEFAULT '{"a":[1,2],"b":"it''s"}',
	`num` numeric DEFAULT 1.5
);
--> statement-breakpoint
INSERT INTO `__new_ev`("id", "on", "at_ms", "at", "big", "doc", "num") SELECT "id", "on", "at_ms", "at", "big", "doc", "num" FROM `ev`;--> statement-breakpoint
DROP TABLE `ev`;--> statement-breakpoint
ALTER TABLE `__new_ev` RENAME TO `ev`;--> statement-breakpoint
PRAGMA foreign_keys=ON;