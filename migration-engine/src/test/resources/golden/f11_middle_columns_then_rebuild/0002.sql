PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_ledger` (
	`id` integer PRIMARY KEY NOT NULL,
	`first` text,
	`a` text,
	`m` integer DEFAULT 7,
	`z` text DEFAULT '-' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_ledger`(`id`,`first`,`a`,`m`,`z`) SELECT `id`, `first`, `a`, `m`, coalesce(`z`, '-') FROM `ledger`;--> statement-breakpoint
DROP TABLE `ledger`;--> statement-breakpoint
ALTER TABLE `__new_ledger` RENAME TO `ledger`;--> statement-breakpoint
PRAGMA foreign_keys=ON;