PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_order` AS SELECT * FROM `order`;--> statement-breakpoint
CREATE TABLE `__old_line "items"` AS SELECT * FROM `line "items"`;--> statement-breakpoint
DELETE FROM `line "items"`;--> statement-breakpoint
DROP TABLE `order`;--> statement-breakpoint
CREATE TABLE `order` (
	`select` integer PRIMARY KEY NOT NULL,
	`group` text,
	`sp ace` text,
	`q"uote` real,
	`back``tick` text DEFAULT 'd`''"',
	`it's` text,
	CONSTRAINT "chk`1" CHECK("back`tick" <> 'x')
);
--> statement-breakpoint
CREATE INDEX `idx order group` ON `order` (`group`,`sp ace`);--> statement-breakpoint
CREATE UNIQUE INDEX `idx"q` ON `order` (`q"uote`) WHERE "q""uote" > 0;--> statement-breakpoint
INSERT INTO `order`(`select`,`group`,`sp ace`,`q"uote`,`back``tick`,`it's`) SELECT `select`, `group`, `sp ace`, `q"uote`, `back``tick`, `it's` FROM `__old_order`;--> statement-breakpoint
INSERT INTO `line "items"`(`id`,`from`,`where```) SELECT `id`,`from`,`where``` FROM `__old_line "items"`;--> statement-breakpoint
DROP TABLE `__old_order`;--> statement-breakpoint
DROP TABLE `__old_line "items"`;--> statement-breakpoint
PRAGMA foreign_keys=ON;