PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_ch` (
	`id` integer PRIMARY KEY NOT NULL,
	`pa` integer,
	`pb` text,
	FOREIGN KEY (`pa`,`pb`) REFERENCES `p`(`a`,`b`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_ch`("id", "pa", "pb") SELECT "id", "pa", "pb" FROM `ch`;--> statement-breakpoint
DROP TABLE `ch`;--> statement-breakpoint
ALTER TABLE `__new_ch` RENAME TO `ch`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_p` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`a` integer NOT NULL,
	`b` text NOT NULL,
	`c` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_p`("id", "a", "b", "c") SELECT "id", "a", "b", "c" FROM `p`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
ALTER TABLE `__new_p` RENAME TO `p`;--> statement-breakpoint
CREATE UNIQUE INDEX `p_a_b_uq` ON `p` (`a`,`b`);