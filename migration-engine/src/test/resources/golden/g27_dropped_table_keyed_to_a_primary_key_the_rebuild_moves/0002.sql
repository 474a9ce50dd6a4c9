PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_key` AS SELECT * FROM `key`;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
DELETE FROM `key`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `t1` (
	`code` text PRIMARY KEY NOT NULL,
	`c2` integer DEFAULT false NOT NULL,
	`c4` text DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
	`c6` integer DEFAULT 7 NOT NULL,
	`c8` numeric DEFAULT 9,
	`c10` text,
	`c12` text,
	`c53` integer,
	`c54` text,
	FOREIGN KEY (`c10`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c12`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c53`,`c54`) REFERENCES `key`(`c36`,`c37`) ON UPDATE restrict ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `key`(`c36`,`c37`,`c34`,`c35`,`c38`,`c39`) SELECT `c36`,`c37`,`c34`,`c35`,`c38`,`c39` FROM `__old_key`;--> statement-breakpoint
INSERT INTO `t1`(`code`,`c2`,`c4`,`c6`,`c8`,`c10`,`c12`) SELECT `code`, `c2`, `c4`, `c6`, `c8`, `c10`, `c12` FROM `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_key`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
PRAGMA foreign_keys=ON;