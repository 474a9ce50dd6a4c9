PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `phones` RENAME TO `telephones`;--> statement-breakpoint
ALTER TABLE `persons` RENAME COLUMN "id" TO "pid";--> statement-breakpoint
CREATE TABLE `addresses` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner` integer,
	`phone_id` integer,
	FOREIGN KEY (`owner`) REFERENCES `persons`(`pid`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`phone_id`) REFERENCES `telephones`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `__old_persons` AS SELECT * FROM `persons`;--> statement-breakpoint
CREATE TABLE `__old_telephones` AS SELECT * FROM `telephones`;--> statement-breakpoint
CREATE TABLE `__old_emails` AS SELECT * FROM `emails`;--> statement-breakpoint
CREATE TABLE `__old_nicknames` AS SELECT * FROM `nicknames`;--> statement-breakpoint
DELETE FROM `nicknames`;--> statement-breakpoint
DELETE FROM `emails`;--> statement-breakpoint
DELETE FROM `telephones`;--> statement-breakpoint
DROP TABLE `persons`;--> statement-breakpoint
CREATE TABLE `persons` (
	`pid` integer PRIMARY KEY NOT NULL,
	`first` text DEFAULT '' NOT NULL,
	`last` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_name_uq` ON `persons` (`first`,`last`);--> statement-breakpoint
INSERT INTO `persons`(`pid`,`first`,`last`) SELECT `pid`, coalesce(`first`, ''), `last` FROM `__old_persons`;--> statement-breakpoint
INSERT INTO `telephones`(`id`,`person_id`,`number`) SELECT `id`,`person_id`,`number` FROM `__old_telephones`;--> statement-breakpoint
INSERT INTO `emails`(`id`,`person_id`) SELECT `id`,`person_id` FROM `__old_emails`;--> statement-breakpoint
INSERT INTO `nicknames`(`nick`,`f`,`l`) SELECT `nick`,`f`,`l` FROM `__old_nicknames`;--> statement-breakpoint
DROP TABLE `__old_persons`;--> statement-breakpoint
DROP TABLE `__old_telephones`;--> statement-breakpoint
DROP TABLE `__old_emails`;--> statement-breakpoint
DROP TABLE `__old_nicknames`;--> statement-breakpoint
PRAGMA foreign_keys=ON;