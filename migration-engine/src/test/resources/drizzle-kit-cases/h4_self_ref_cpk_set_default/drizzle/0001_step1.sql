PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_node` (
	`t` text NOT NULL,
	`n` integer NOT NULL,
	`pt` text DEFAULT 'root',
	`pn` integer DEFAULT 1,
	PRIMARY KEY(`t`, `n`),
	FOREIGN KEY (`pt`,`pn`) REFERENCES `node`(`t`,`n`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
INSERT INTO `__new_node`("t", "n", "pt", "pn") SELECT "t", "n", "pt", "pn" FROM `node`;--> statement-breakpoint
DROP TABLE `node`;--> statement-breakpoint
ALTER TABLE `__new_node` RENAME TO `node`;--> statement-breakpoint
PRAGMA foreign_keys=ON;