PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_seqs` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
INSERT INTO `__new_seqs`("id", "v") SELECT "id", "v" FROM `seqs`;--> statement-breakpoint
DROP TABLE `seqs`;--> statement-breakpoint
ALTER TABLE `__new_seqs` RENAME TO `seqs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;