PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `folder` RENAME TO `dir`;--> statement-breakpoint
ALTER TABLE `dir` RENAME COLUMN "org" TO "tenant";--> statement-breakpoint
ALTER TABLE `dir` RENAME COLUMN "fid" TO "did";--> statement-breakpoint
CREATE TABLE `__old_dir` AS SELECT * FROM `dir`;--> statement-breakpoint
CREATE TABLE `__old_file` AS SELECT * FROM `file`;--> statement-breakpoint
DELETE FROM `file`;--> statement-breakpoint
DROP TABLE `dir`;--> statement-breakpoint
CREATE TABLE `dir` (
	`tenant` integer NOT NULL,
	`did` integer NOT NULL,
	`parent` integer,
	`name` text NOT NULL,
	`size` real DEFAULT 0,
	PRIMARY KEY(`tenant`, `did`),
	FOREIGN KEY (`tenant`,`parent`) REFERENCES `dir`(`tenant`,`did`) ON UPDATE cascade ON DELETE cascade,
	CONSTRAINT "folder_size_ck" CHECK("size" >= 0 AND "did" <> "parent")
);
--> statement-breakpoint
CREATE INDEX `folder_big_idx` ON `dir` (`size`) WHERE "size" > 100 AND "name" <> 'tmp';--> statement-breakpoint
CREATE UNIQUE INDEX `dir_tenant_name_uq` ON `dir` (`tenant`,`parent`,`name`);--> statement-breakpoint
INSERT INTO `dir`(`tenant`,`did`,`parent`,`name`,`size`) SELECT `tenant`, `did`, `parent`, `name`, `size` FROM `__old_dir`;--> statement-breakpoint
INSERT INTO `file`(`id`,`org`,`folder`,`name`) SELECT `id`,`org`,`folder`,`name` FROM `__old_file`;--> statement-breakpoint
DROP TABLE `__old_dir`;--> statement-breakpoint
DROP TABLE `__old_file`;--> statement-breakpoint
PRAGMA foreign_keys=ON;