PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_files` AS SELECT * FROM `files`;--> statement-breakpoint
CREATE TABLE `__old_hashes` AS SELECT * FROM `hashes`;--> statement-breakpoint
DROP TABLE `hashes`;--> statement-breakpoint
DROP TABLE `files`;--> statement-breakpoint
CREATE TABLE `files` (
	`id` integer PRIMARY KEY NOT NULL,
	`data` blob,
	`label` text DEFAULT '?' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `hashes` (
	`digest` blob PRIMARY KEY NOT NULL,
	`file_id` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `files`(`id`,`data`,`label`) SELECT `id`, `data`, coalesce(`label`, '?') FROM `__old_files`;--> statement-breakpoint
INSERT INTO `hashes`(`digest`,`file_id`) SELECT `digest`, coalesce(`file_id`, 1) FROM `__old_hashes`;--> statement-breakpoint
DROP TABLE `__old_files`;--> statement-breakpoint
DROP TABLE `__old_hashes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;