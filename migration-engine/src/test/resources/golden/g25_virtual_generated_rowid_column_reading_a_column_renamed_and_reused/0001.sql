PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v11`;--> statement-breakpoint
DROP VIEW `v30`;--> statement-breakpoint
ALTER TABLE `t18` RENAME TO `t32`;--> statement-breakpoint
CREATE TABLE `t18` (
	`c36` integer NOT NULL,
	`c37` text NOT NULL,
	`c34` numeric DEFAULT 35,
	`c38` integer,
	`c39` text,
	PRIMARY KEY(`c36`, `c37`),
	FOREIGN KEY (`c38`,`c39`) REFERENCES `t32`(`c26`,`c27`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix40` ON `t18` (`c38`);--> statement-breakpoint
CREATE TABLE `t42` (
	`Mixed Case` blob,
	`c43` blob,
	`key` integer,
	`c45` text,
	FOREIGN KEY (`key`,`c45`) REFERENCES `t18`(`c36`,`c37`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "ck48" CHECK("key" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE INDEX `ix47` ON `t42` (`c43`);--> statement-breakpoint
CREATE TABLE `__old_t12` AS SELECT * FROM `t12`;--> statement-breakpoint
DROP TABLE `t12`;--> statement-breakpoint
CREATE TABLE `t12` (
	`c13` integer DEFAULT -41 NOT NULL,
	`c15` text,
	`values` text GENERATED ALWAYS AS (lower("c13")) STORED,
	FOREIGN KEY (`c15`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex17` ON `t12` (substr("c15", 1, 3));--> statement-breakpoint
INSERT INTO `t12`(`c13`,`c15`) SELECT `c13`, `c15` FROM `__old_t12`;--> statement-breakpoint
DROP TABLE `__old_t12`;--> statement-breakpoint
PRAGMA foreign_keys=ON;