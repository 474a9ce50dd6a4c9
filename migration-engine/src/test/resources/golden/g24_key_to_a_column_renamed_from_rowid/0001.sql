PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_p` AS SELECT * FROM `p`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
DROP TABLE `c`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`row_key` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `p_row_key_unique` ON `p` (`row_key`);--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_key` text,
	FOREIGN KEY (`p_key`) REFERENCES `p`(`row_key`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `p`(`id`,`row_key`) SELECT `id`, `rowid` FROM `__old_p`;--> statement-breakpoint
INSERT INTO `c`(`id`,`p_key`) SELECT `id`, `p_key` FROM `__old_c`;--> statement-breakpoint
DROP TABLE `__old_p`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
PRAGMA foreign_keys=ON;