PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `file` RENAME TO `doc`;--> statement-breakpoint
ALTER TABLE `doc` RENAME COLUMN "folder" TO "dir_id";--> statement-breakpoint
CREATE TABLE `__old_dir` AS SELECT * FROM `dir`;--> statement-breakpoint
CREATE TABLE `__old_doc` AS SELECT * FROM `doc`;--> statement-breakpoint
DROP TABLE `doc`;--> statement-breakpoint
DROP TABLE `dir`;--> statement-breakpoint
CREATE TABLE `dir` (
	`tenant` integer NOT NULL,
	`did` integer NOT NULL,
	`parent` integer,
	`name` text NOT NULL,
	`size` real DEFAULT 0,
	PRIMARY KEY(`tenant`, `did`),
	FOREIGN KEY (`tenant`,`parent`) REFERENCES `dir`(`tenant`,`did`) ON UPDATE cascade ON DELETE set null,
	CONSTRAINT "folder_size_ck" CHECK("size" >= 0 AND "did" <> "parent")
);
--> statement-breakpoint
CREATE INDEX `folder_big_idx` ON `dir` (`size`) WHERE "size" > 100 AND "name" <> 'tmp';--> statement-breakpoint
CREATE UNIQUE INDEX `dir_tenant_name_uq` ON `dir` (`tenant`,`parent`,`name`);--> statement-breakpoint
CREATE TABLE `doc` (
	`id` integer PRIMARY KEY NOT NULL,
	`org` integer,
	`dir_id` integer,
	`name` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`org`,`dir_id`) REFERENCES `dir`(`tenant`,`did`) ON UPDATE cascade ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `dir`(`tenant`,`did`,`parent`,`name`,`size`) SELECT `tenant`, `did`, `parent`, `name`, `size` FROM `__old_dir`;--> statement-breakpoint
INSERT INTO `doc`(`id`,`org`,`dir_id`,`name`) SELECT `id`, `org`, `dir_id`, coalesce(`name`, '') FROM `__old_doc`;--> statement-breakpoint
DROP TABLE `__old_dir`;--> statement-breakpoint
DROP TABLE `__old_doc`;--> statement-breakpoint
PRAGMA foreign_keys=ON;