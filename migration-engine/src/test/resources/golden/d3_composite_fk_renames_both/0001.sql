PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `p.arent` RENAME TO `[parent]`;--> statement-breakpoint
ALTER TABLE `[parent]` RENAME COLUMN "a" TO "a`2";--> statement-breakpoint
ALTER TABLE `[parent]` RENAME COLUMN "b" TO "b.2";--> statement-breakpoint
ALTER TABLE `c]hild` RENAME COLUMN "x" TO "x'2";--> statement-breakpoint
CREATE TABLE `__old_[parent]` AS SELECT * FROM `[parent]`;--> statement-breakpoint
CREATE TABLE `__old_c]hild` AS SELECT * FROM `c]hild`;--> statement-breakpoint
DROP TABLE `c]hild`;--> statement-breakpoint
DROP TABLE `[parent]`;--> statement-breakpoint
CREATE TABLE `[parent]` (
	`id` integer PRIMARY KEY NOT NULL,
	`a``2` text NOT NULL,
	`b.2` integer NOT NULL,
	`note` text DEFAULT '-'
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parent_ab.uq` ON `[parent]` (`a``2`,`b.2`);--> statement-breakpoint
CREATE TABLE `c]hild` (
	`id` integer PRIMARY KEY NOT NULL,
	`x'2` text,
	`y` integer,
	`w` real,
	FOREIGN KEY (`x'2`,`y`) REFERENCES `[parent]`(`a``2`,`b.2`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `c.xy` ON `c]hild` (`x'2`,`y`);--> statement-breakpoint
INSERT INTO `[parent]`(`id`,`a``2`,`b.2`,`note`) SELECT `id`, `a``2`, `b.2`, `note` FROM `__old_[parent]`;--> statement-breakpoint
INSERT INTO `c]hild`(`id`,`x'2`,`y`,`w`) SELECT `id`, `x'2`, `y`, `w` FROM `__old_c]hild`;--> statement-breakpoint
DROP TABLE `__old_[parent]`;--> statement-breakpoint
DROP TABLE `__old_c]hild`;--> statement-breakpoint
PRAGMA foreign_keys=ON;