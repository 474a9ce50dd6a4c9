PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_files` AS SELECT * FROM `files`;--> statement-breakpoint
CREATE TABLE `__old_hashes` AS SELECT * FROM `hashes`;--> statement-breakpoint
DELETE FROM `hashes`;--> statement-breakpoint
DROP TABLE `files`;--> statement-breakpoint
CREATE TABLE `files` (
	`id` integer PRIMARY KEY NOT NULL,
	`data` text,
	`label` blob DEFAULT (x'3F') NOT NULL
);
--> statement-breakpoint
INSERT INTO `files`(`id`,`data`,`label`) SELECT `id`, `data`, `label` FROM `__old_files`;--> statement-breakpoint
INSERT INTO `hashes`(`digest`,`file_id`) SELECT `digest`,`file_id` FROM `__old_hashes`;--> statement-breakpoint
DROP TABLE `__old_files`;--> statement-breakpoint
DROP TABLE `__old_hashes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;