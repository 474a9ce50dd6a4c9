PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_ev` (
	`id` integer PRIMARY KEY NOT NULL,
	`k` integer DEFAULT 5,
	`nn` text NOT NULL,
	`ts` text DEFAULT CURRENT_TIMESTAMP,
	`ue` integer DEFAULT (abs(-7)),
	`a` text,
	`b` integer,
	`tail` text DEFAULT 't',
	`nn2` integer NOT NULL,
	`ue2` integer DEFAULT (abs(-8))
);
--> statement-breakpoint
INSERT INTO `__new_ev`(`id`,`k`,`nn`,`ts`,`ue`,`a`,`b`,`tail`,`nn2`) SELECT `id`, `k`, `nn`, `ts`, `ue`, `a`, `b`, `tail`, 0 FROM `ev`;--> statement-breakpoint
DROP TABLE `ev`;--> statement-breakpoint
ALTER TABLE `__new_ev` RENAME TO `ev`;--> statement-breakpoint
PRAGMA foreign_keys=ON;