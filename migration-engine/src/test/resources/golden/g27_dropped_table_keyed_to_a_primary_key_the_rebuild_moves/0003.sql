PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
DROP TABLE `key`;--> statement-breakpoint
CREATE TABLE `t1` (
	`code` text NOT NULL,
	`c2` integer DEFAULT false NOT NULL,
	`c4` text PRIMARY KEY NOT NULL,
	`c6` integer DEFAULT 7 NOT NULL,
	`c8` numeric DEFAULT 9,
	`c10` text,
	`c12` text,
	`c53` integer,
	`c54` text
);
--> statement-breakpoint
INSERT INTO `t1`(`code`,`c2`,`c4`,`c6`,`c8`,`c10`,`c12`,`c53`,`c54`) SELECT `code`, `c2`, `c4`, `c6`, `c8`, `c10`, `c12`, `c53`, `c54` FROM `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
PRAGMA foreign_keys=ON;