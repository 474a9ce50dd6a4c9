PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `parent` RENAME COLUMN "id" TO "pid";--> statement-breakpoint
ALTER TABLE `child` RENAME COLUMN "parent_id" TO "owner_id";--> statement-breakpoint
ALTER TABLE `child` RENAME COLUMN "kind" TO "category";--> statement-breakpoint
ALTER TABLE `child` RENAME COLUMN "qty" TO "amount";--> statement-breakpoint
CREATE TABLE `__old_parent` AS SELECT * FROM `parent`;--> statement-breakpoint
CREATE TABLE `__old_child` AS SELECT * FROM `child`;--> statement-breakpoint
DROP TABLE `child`;--> statement-breakpoint
DROP TABLE `parent`;--> statement-breakpoint
CREATE TABLE `parent` (
	`pid` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner_id` integer,
	`category` text,
	`amount` integer,
	FOREIGN KEY (`owner_id`) REFERENCES `parent`(`pid`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `child_kind_idx` ON `child` (`category`,`amount`) WHERE "amount" > 0;--> statement-breakpoint
INSERT INTO `parent`(`pid`,`name`) SELECT `pid`, `name` FROM `__old_parent`;--> statement-breakpoint
INSERT INTO `child`(`id`,`owner_id`,`category`,`amount`) SELECT `id`, `owner_id`, `category`, `amount` FROM `__old_child`;--> statement-breakpoint
DROP TABLE `__old_parent`;--> statement-breakpoint
DROP TABLE `__old_child`;--> statement-breakpoint
PRAGMA foreign_keys=ON;