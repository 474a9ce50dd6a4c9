PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_node` (
	`t` text NOT NULL,
	`num` integer NOT NULL,
	`pt` text DEFAULT 'root',
	`pn` integer DEFAULT 1,
	PRIMARY KEY(`t`, `num`),
	FOREIGN KEY (`pt`,`pn`) REFERENCES `node`(`t`,`num`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_node`("t", "num", "pt", "pn") SELECT "t", "num", "pt", "pn" FROM `node`;--> statement-breakpoint
DROP TABLE `node`;--> statement-breakpoint
ALTER TABLE `__new_node` RENAME TO `node`;--> statement-breakpoint
PRAGMA foreign_keys=ON;