PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_big` AS SELECT * FROM `big`;--> statement-breakpoint
CREATE TABLE `__old_empty_parent` AS SELECT * FROM `empty_parent`;--> statement-breakpoint
CREATE TABLE `__old_empty_child` AS SELECT * FROM `empty_child`;--> statement-breakpoint
CREATE TABLE `__old_kids` AS SELECT * FROM `kids`;--> statement-breakpoint
DROP TABLE `kids`;--> statement-breakpoint
DROP TABLE `empty_child`;--> statement-breakpoint
DROP TABLE `empty_parent`;--> statement-breakpoint
DROP TABLE `big`;--> statement-breakpoint
CREATE TABLE `big` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`score` integer DEFAULT -1 NOT NULL,
	`blob` blob,
	`flag` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `big_score_idx` ON `big` (`score`);--> statement-breakpoint
CREATE TABLE `empty_parent` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` real
);
--> statement-breakpoint
CREATE TABLE `empty_child` (
	`id` integer PRIMARY KEY NOT NULL,
	`big_id` integer NOT NULL,
	FOREIGN KEY (`big_id`) REFERENCES `big`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `kids` (
	`id` integer PRIMARY KEY NOT NULL,
	`big_id` integer,
	`ep_id` integer,
	FOREIGN KEY (`big_id`) REFERENCES `big`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`ep_id`) REFERENCES `empty_parent`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `big`(`id`,`name`,`score`,`blob`) SELECT `id`, `name`, coalesce(`score`, -1), `blob` FROM `__old_big`;--> statement-breakpoint
INSERT INTO `empty_parent`(`id`,`x`) SELECT `id`, `x` FROM `__old_empty_parent`;--> statement-breakpoint
INSERT INTO `empty_child`(`id`,`big_id`) SELECT `id`, coalesce(`big_id`, 0) FROM `__old_empty_child`;--> statement-breakpoint
INSERT INTO `kids`(`id`,`big_id`,`ep_id`) SELECT `id`, `big_id`, `ep_id` FROM `__old_kids`;--> statement-breakpoint
DROP TABLE `__old_big`;--> statement-breakpoint
DROP TABLE `__old_empty_parent`;--> statement-breakpoint
DROP TABLE `__old_empty_child`;--> statement-breakpoint
DROP TABLE `__old_kids`;--> statement-breakpoint
PRAGMA foreign_keys=ON;