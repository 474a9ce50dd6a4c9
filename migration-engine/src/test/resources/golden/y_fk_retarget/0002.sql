PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_p` AS SELECT * FROM `p`;--> statement-breakpoint
CREATE TABLE `__old_q` AS SELECT * FROM `q`;--> statement-breakpoint
CREATE TABLE `__old_child` AS SELECT * FROM `child`;--> statement-breakpoint
DROP TABLE `child`;--> statement-breakpoint
DROP TABLE `q`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`alt` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `p_alt_unique` ON `p` (`alt`);--> statement-breakpoint
CREATE TABLE `q` (
	`id` integer PRIMARY KEY NOT NULL,
	`key` integer NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `q_key_uq` ON `q` (`key`);--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`ref` integer,
	FOREIGN KEY (`ref`) REFERENCES `q`(`key`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `p`(`id`,`alt`) SELECT `id`, coalesce(`alt`, 0) FROM `__old_p`;--> statement-breakpoint
INSERT INTO `q`(`id`,`key`) SELECT `id`, coalesce(`key`, 0) FROM `__old_q`;--> statement-breakpoint
INSERT INTO `child`(`id`,`ref`) SELECT `id`, `ref` FROM `__old_child`;--> statement-breakpoint
DROP TABLE `__old_p`;--> statement-breakpoint
DROP TABLE `__old_q`;--> statement-breakpoint
DROP TABLE `__old_child`;--> statement-breakpoint
PRAGMA foreign_keys=ON;