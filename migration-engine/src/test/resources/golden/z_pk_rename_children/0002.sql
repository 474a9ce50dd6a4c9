PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `p` RENAME COLUMN "pid" TO "key";--> statement-breakpoint
ALTER TABLE `c_restrict` RENAME COLUMN "p_id" TO "parent";--> statement-breakpoint
CREATE TABLE `__old_p` AS SELECT * FROM `p`;--> statement-breakpoint
CREATE TABLE `__old_c_restrict` AS SELECT * FROM `c_restrict`;--> statement-breakpoint
CREATE TABLE `__old_c_cascade` AS SELECT * FROM `c_cascade`;--> statement-breakpoint
CREATE TABLE `__old_c_setnull` AS SELECT * FROM `c_setnull`;--> statement-breakpoint
DELETE FROM `c_setnull`;--> statement-breakpoint
DROP TABLE `c_cascade`;--> statement-breakpoint
DROP TABLE `c_restrict`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
CREATE TABLE `p` (
	`key` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'z' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `c_restrict` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent` integer DEFAULT 1,
	FOREIGN KEY (`parent`) REFERENCES `p`(`key`) ON UPDATE restrict ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `c_cascade` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_id` integer,
	FOREIGN KEY (`p_id`) REFERENCES `p`(`key`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `p`(`key`,`v`) SELECT `key`, coalesce(`v`, 'z') FROM `__old_p`;--> statement-breakpoint
INSERT INTO `c_restrict`(`id`,`parent`) SELECT `id`, `parent` FROM `__old_c_restrict`;--> statement-breakpoint
INSERT INTO `c_cascade`(`id`,`p_id`) SELECT `id`, `p_id` FROM `__old_c_cascade`;--> statement-breakpoint
INSERT INTO `c_setnull`(`id`,`p_id`) SELECT `id`,`p_id` FROM `__old_c_setnull`;--> statement-breakpoint
DROP TABLE `__old_p`;--> statement-breakpoint
DROP TABLE `__old_c_restrict`;--> statement-breakpoint
DROP TABLE `__old_c_cascade`;--> statement-breakpoint
DROP TABLE `__old_c_setnull`;--> statement-breakpoint
PRAGMA foreign_keys=ON;