PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_acc` (
	`id` integer PRIMARY KEY NOT NULL,
	`login` text,
	`points` real,
	`note` text
);
--> statement-breakpoint
INSERT INTO `__new_acc`("id", "login", "points", "note") SELECT "id", "login", "points", "note" FROM `acc`;--> statement-breakpoint
DROP TABLE `acc`;--> statement-breakpoint
ALTER TABLE `__new_acc` RENAME TO `acc`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `acc_login_uq` ON `acc` (`login`);--> statement-breakpoint
CREATE INDEX `acc_by_score` ON `acc` (`points`);