PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_seqs` AS SELECT * FROM `seqs`;--> statement-breakpoint
CREATE TABLE `__old_logs` AS SELECT * FROM `logs`;--> statement-breakpoint
DELETE FROM `logs`;--> statement-breakpoint
DROP TABLE `seqs`;--> statement-breakpoint
CREATE TABLE `seqs` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
INSERT INTO `seqs`(`id`,`v`) SELECT `id`, `v` FROM `__old_seqs`;--> statement-breakpoint
INSERT INTO `logs`(`id`,`seq_id`) SELECT `id`,`seq_id` FROM `__old_logs`;--> statement-breakpoint
DROP TABLE `__old_seqs`;--> statement-breakpoint
DROP TABLE `__old_logs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;