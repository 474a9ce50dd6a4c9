PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_seqs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`v` text
);
--> statement-breakpoint
INSERT INTO `__new_seqs`("id", "v") SELECT "id", "v" FROM `seqs`;--> statement-breakpoint
DROP TABLE `seqs`;--> statement-breakpoint
ALTER TABLE `__new_seqs` RENAME TO `seqs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_logs` (
	`id` integer PRIMARY KEY NOT NULL,
	`seq_id` integer,
	FOREIGN KEY (`seq_id`) REFERENCES `seqs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_logs`("id", "seq_id") SELECT "id", "seq_id" FROM `logs`;--> statement-breakpoint
DROP TABLE `logs`;--> statement-breakpoint
ALTER TABLE `__new_logs` RENAME TO `logs`;