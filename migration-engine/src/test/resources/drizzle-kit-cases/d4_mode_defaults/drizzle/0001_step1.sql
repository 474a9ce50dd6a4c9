PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_m` (
	`id` integer PRIMARY KEY NOT NULL,
	`flag` integer DEFAULT true,
	`ts` integer DEFAULT 1700000000,
	`js` text DEFAULT '{"a":[1,2],"b":"it''s"}',
	`big` blob DEFAULT 9007199254740991,
	`num` numeric DEFAULT 1.5,
	`tsm` integer DEFAULT 1700000000000
);
--> statement-breakpoint
INSERT INTO `__new_m`("id", "flag", "ts", "js", "big", "num", "tsm") SELECT "id", "flag", "ts", "js", "big", "num", "tsm" FROM `m`;--> statement-breakpoint
DROP TABLE `m`;--> statement-breakpoint
ALTER TABLE `__new_m` RENAME TO `m`;--> statement-breakpoint
PRAGMA foreign_keys=ON;