PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_kid` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kb` text,
	`kc` integer,
	`ka` integer,
	FOREIGN KEY (`ka`,`kb`,`kc`) REFERENCES `t`(`a`,`b`,`c`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_kid`("id", "kb", "kc", "ka") SELECT "id", "kb", "kc", "ka" FROM `kid`;--> statement-breakpoint
DROP TABLE `kid`;--> statement-breakpoint
ALTER TABLE `__new_kid` RENAME TO `kid`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
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
ALTER TABLE `__new_t` RENAME TO `t`;