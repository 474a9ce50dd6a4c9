PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_par` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer NOT NULL,
	`b` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_par`("id", "a", "b") SELECT "id", "a", "b" FROM `par`;--> statement-breakpoint
DROP TABLE `par`;--> statement-breakpoint
ALTER TABLE `__new_par` RENAME TO `par`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `par_ab_uq` ON `par` (`a`,`b`);--> statement-breakpoint
CREATE TABLE `__new_kid` (
	`id` integer PRIMARY KEY NOT NULL,
	`y` text,
	`x` integer,
	FOREIGN KEY (`y`,`x`) REFERENCES `par`(`b`,`a`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_kid`("id", "y", "x") SELECT "id", "y", "x" FROM `kid`;--> statement-breakpoint
DROP TABLE `kid`;--> statement-breakpoint
ALTER TABLE `__new_kid` RENAME TO `kid`;