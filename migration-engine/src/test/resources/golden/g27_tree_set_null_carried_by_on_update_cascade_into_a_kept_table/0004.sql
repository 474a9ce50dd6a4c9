PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_t25` AS SELECT * FROM `t25`;--> statement-breakpoint
CREATE TABLE `__old_t37` AS SELECT * FROM `t37`;--> statement-breakpoint
DELETE FROM `t37`;--> statement-breakpoint
DROP TABLE `t25`;--> statement-breakpoint
CREATE TABLE `t25` (
	`c35` integer PRIMARY KEY NOT NULL,
	`c26` blob,
	`c27` integer,
	`c36` integer GENERATED ALWAYS AS (upper("c35")) STORED,
	`from` integer GENERATED ALWAYS AS (length("c36")) VIRTUAL,
	`c54` integer DEFAULT 71,
	FOREIGN KEY (`c27`) REFERENCES `t25`(`c35`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uq28` ON `t25` (`c26`,`c27`);--> statement-breakpoint
INSERT INTO `t25`(`c35`,`c26`,`c27`,`c54`) SELECT `c35`, `c26`, `c27`, `c54` FROM `__old_t25`;--> statement-breakpoint
INSERT INTO `t37`(`c9`,`c10`,`order`,`c12`,`c80`,`Mixed Case`,`c38`) SELECT `c9`,`c10`,`order`,`c12`,`c80`,`Mixed Case`,`c38` FROM `__old_t37`;--> statement-breakpoint
DROP TABLE `__old_t25`;--> statement-breakpoint
DROP TABLE `__old_t37`;--> statement-breakpoint
PRAGMA foreign_keys=ON;