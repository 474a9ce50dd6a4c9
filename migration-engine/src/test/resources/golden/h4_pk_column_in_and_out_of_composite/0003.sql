PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_t` AS SELECT * FROM `t`;--> statement-breakpoint
CREATE TABLE `__old_kid` AS SELECT * FROM `kid`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_kid' WHERE name = 'kid';--> statement-breakpoint
DROP TABLE `kid`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
CREATE TABLE `t` (
	`a` integer NOT NULL,
	`b` text NOT NULL,
	`c` integer DEFAULT 0 NOT NULL,
	`v` text,
	PRIMARY KEY(`a`, `b`, `c`)
);
--> statement-breakpoint
CREATE TABLE `kid` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kb` text,
	`kc` integer,
	`ka` integer,
	FOREIGN KEY (`ka`,`kb`,`kc`) REFERENCES `t`(`a`,`b`,`c`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'kid' WHERE name = '__old_kid';--> statement-breakpoint
INSERT INTO `t`(`a`,`b`,`c`,`v`) SELECT `a`, `b`, `c`, `v` FROM `__old_t`;--> statement-breakpoint
INSERT INTO `kid`(`id`,`kb`,`kc`,`ka`) SELECT `id`, `kb`, `kc`, `ka` FROM `__old_kid`;--> statement-breakpoint
DROP TABLE `__old_t`;--> statement-breakpoint
DROP TABLE `__old_kid`;--> statement-breakpoint
PRAGMA foreign_keys=ON;