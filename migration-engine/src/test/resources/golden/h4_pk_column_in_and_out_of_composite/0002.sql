PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `kid` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kb` text,
	`kc` integer,
	`ka` integer,
	FOREIGN KEY (`kb`,`kc`,`ka`) REFERENCES `t`(`b`,`c`,`a`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `__old_t` AS SELECT * FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
CREATE TABLE `t` (
	`a` integer NOT NULL,
	`b` text NOT NULL,
	`c` integer DEFAULT 0 NOT NULL,
	`v` text,
	PRIMARY KEY(`b`, `c`, `a`)
);
--> statement-breakpoint
INSERT INTO `t`(`a`,`b`,`c`,`v`) SELECT `a`, `b`, `c`, `v` FROM `__old_t`;--> statement-breakpoint
DROP TABLE `__old_t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;