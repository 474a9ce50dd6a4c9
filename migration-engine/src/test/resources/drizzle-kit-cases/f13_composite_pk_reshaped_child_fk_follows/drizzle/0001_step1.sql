PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_ch` (
	`id` integer PRIMARY KEY NOT NULL,
	`pa` integer,
	`pb` text,
	FOREIGN KEY (`pb`,`pa`) REFERENCES `p`(`b`,`a`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_ch`("id", "pa", "pb") SELECT "id", "pa", "pb" FROM `ch`;--> statement-breakpoint
DROP TABLE `ch`;--> statement-breakpoint
ALTER TABLE `__new_ch` RENAME TO `ch`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_p` (
	`a` integer NOT NULL,
	`b` text NOT NULL,
	`c` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`b`, `a`)
);
--> statement-breakpoint
INSERT INTO `__new_p`("a", "b", "c") SELECT "a", "b", "c" FROM `p`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
ALTER TABLE `__new_p` RENAME TO `p`;