PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t` RENAME TO `u`;--> statement-breakpoint
ALTER TABLE `u` RENAME COLUMN "b" TO "c";--> statement-breakpoint
ALTER TABLE `u` RENAME COLUMN "a" TO "b";--> statement-breakpoint
CREATE TABLE `__old_u` AS SELECT * FROM `u`;--> statement-breakpoint
CREATE TABLE `__old_k` AS SELECT * FROM `k`;--> statement-breakpoint
DELETE FROM `k`;--> statement-breakpoint
DROP TABLE `u`;--> statement-breakpoint
CREATE TABLE `u` (
	`id` integer PRIMARY KEY NOT NULL,
	`z` real,
	`c` integer,
	`b` text,
	FOREIGN KEY (`c`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `u_b_unique` ON `u` (`b`);--> statement-breakpoint
CREATE INDEX `t_b_idx` ON `u` (`c`) WHERE "b" IS NOT NULL;--> statement-breakpoint
INSERT INTO `u`(`id`,`z`,`c`,`b`) SELECT `id`, `z`, `c`, `b` FROM `__old_u`;--> statement-breakpoint
INSERT INTO `k`(`id`,`ta`) SELECT `id`,`ta` FROM `__old_k`;--> statement-breakpoint
DROP TABLE `__old_u`;--> statement-breakpoint
DROP TABLE `__old_k`;--> statement-breakpoint
PRAGMA foreign_keys=ON;