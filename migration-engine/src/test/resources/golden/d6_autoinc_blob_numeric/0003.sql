PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `seq` RENAME TO `sequence`;--> statement-breakpoint
CREATE TABLE `__old_sequence` AS SELECT * FROM `sequence`;--> statement-breakpoint
CREATE TABLE `__old_kid` AS SELECT * FROM `kid`;--> statement-breakpoint
DELETE FROM `kid`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_sequence' WHERE name = 'sequence';--> statement-breakpoint
DROP TABLE `sequence`;--> statement-breakpoint
CREATE TABLE `sequence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`b_buf` blob,
	`b_json` text,
	`b_big` numeric,
	`n_str` numeric DEFAULT 1.1,
	`n_num` numeric DEFAULT 2.5,
	`n_big` numeric DEFAULT 10
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'sequence' WHERE name = '__old_sequence';--> statement-breakpoint
INSERT INTO `sequence`(`id`,`b_buf`,`b_json`,`b_big`,`n_str`,`n_num`,`n_big`) SELECT `id`, `b_buf`, `b_json`, `b_big`, `n_str`, `n_num`, `n_big` FROM `__old_sequence`;--> statement-breakpoint
INSERT INTO `kid`(`id`,`seq_id`) SELECT `id`,`seq_id` FROM `__old_kid`;--> statement-breakpoint
DROP TABLE `__old_sequence`;--> statement-breakpoint
DROP TABLE `__old_kid`;--> statement-breakpoint
PRAGMA foreign_keys=ON;