PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_ev` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text,
	`b` integer,
	`k` integer DEFAULT 5,
	`nn` text NOT NULL,
	`ts` text DEFAULT CURRENT_TIMESTAMP,
	`ue` integer DEFAULT (abs(-7)),
	`tail` text DEFAULT 't'
);
--> statement-breakpoint
INSERT INTO `__new_ev`(`id`,`a`,`b`,`nn`) SELECT `id`, `a`, `b`, '' FROM `ev`;--> statement-breakpoint
DROP TABLE `ev`;--> statement-breakpoint
ALTER TABLE `__new_ev` RENAME TO `ev`;--> statement-breakpoint
PRAGMA foreign_keys=ON;