PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_kid` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` text,
	`y` text,
	FOREIGN KEY (`x`,`y`) REFERENCES `par`(`c`,`d`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_kid`(`id`,`x`,`y`) SELECT `id`, `x`, `y` FROM `kid`;--> statement-breakpoint
DROP TABLE `kid`;--> statement-breakpoint
ALTER TABLE `__new_kid` RENAME TO `kid`;--> statement-breakpoint
PRAGMA foreign_keys=ON;