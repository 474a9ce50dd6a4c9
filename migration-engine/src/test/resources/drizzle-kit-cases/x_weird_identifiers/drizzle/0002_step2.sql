ALTER TABLE `order` RENAME TO `my`order`;--> statement-breakpoint
ALTER TABLE `my`order` RENAME COLUMN "q"uote" TO "quote'd";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_my`order` (
	`select` integer PRIMARY KEY NOT NULL,
	`group` text,
	`sp ace` text,
	`quote'd` real,
	`back`tick` text DEFAULT 'd`''"',
	`it's` text,
	CONSTRAINT "chk`1" CHECK("__new_my`order"."back`tick" <> 'x')
);
--> statement-breakpoint
INSERT INTO `__new_my`order`("select", "group", "sp ace", "quote'd", "back`tick", "it's") SELECT "select", "group", "sp ace", "quote'd", "back`tick", "it's" FROM `my`order`;--> statement-breakpoint
DROP TABLE `my`order`;--> statement-breakpoint
ALTER TABLE `__new_my`order` RENAME TO `my`order`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `idx order group` ON `my`order` (`group`,`sp ace`);--> statement-breakpoint
CREATE UNIQUE INDEX `idx"q` ON `my`order` (`quote'd`) WHERE "my`order"."quote'd" > 0;--> statement-breakpoint
CREATE TABLE `__new_line "items"` (
	`id` integer PRIMARY KEY NOT NULL,
	`from` integer,
	`wh"ere` text,
	FOREIGN KEY (`from`) REFERENCES `my`order`(`select`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_line "items"`("id", "from", "wh"ere") SELECT "id", "from", "wh"ere" FROM `line "items"`;--> statement-breakpoint
DROP TABLE `line "items"`;--> statement-breakpoint
ALTER TABLE `__new_line "items"` RENAME TO `line "items"`;--> statement-breakpoint
CREATE UNIQUE INDEX `line "items"_wh"ere_unique` ON `line "items"` (`wh"ere`);