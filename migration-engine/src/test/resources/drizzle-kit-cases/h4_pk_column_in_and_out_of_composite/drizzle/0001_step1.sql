PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_t` (
	`a` integer NOT NULL,
	`b` text NOT NULL,
	`c` integer DEFAULT 0 NOT NULL,
	`v` text,
	PRIMARY KEY(`a`, `b`, `c`)
);
--> statement-breakpoint
INSERT INTO `__new_t`("a", "b", "c", "v") SELECT "a", "b", "c", "v" FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;