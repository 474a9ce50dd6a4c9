PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t17` RENAME TO `t44`;--> statement-breakpoint
CREATE TABLE `my col` (
	`it's` integer NOT NULL,
	`c51` text NOT NULL,
	`c45` blob NOT NULL,
	`c47` numeric,
	`c48` real,
	`c50` blob,
	`c52` blob,
	`c54` blob,
	PRIMARY KEY(`it's`, `c51`),
	FOREIGN KEY (`c52`) REFERENCES `my col`(`c50`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c54`) REFERENCES `my col`(`c45`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `my col_c45_unique` ON `my col` (`c45`);--> statement-breakpoint
CREATE UNIQUE INDEX `uc49` ON `my col` (`c48`);--> statement-breakpoint
CREATE UNIQUE INDEX `my col_c50_unique` ON `my col` (`c50`);--> statement-breakpoint
CREATE INDEX `ex56` ON `my col` (("c52" || "c54"));--> statement-breakpoint
CREATE TABLE `__old_t44` AS SELECT * FROM `t44`;--> statement-breakpoint
DROP TABLE `t44`;--> statement-breakpoint
CREATE TABLE `t44` (
	`c18` blob NOT NULL,
	`c20` numeric,
	`c21` blob,
	`c22` blob,
	`c23` integer,
	`c25` integer,
	`rowid` integer GENERATED ALWAYS AS (length("c18")) STORED,
	`c58` integer GENERATED ALWAYS AS ("c18" IS NULL) STORED,
	FOREIGN KEY (`c25`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ex26` ON `t44` (("c22" || "c20")) WHERE "c22" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ex59` ON `t44` (length("c25")) WHERE "c25" IS NOT NULL;--> statement-breakpoint
INSERT INTO `t44`(`c18`,`c20`,`c21`,`c22`,`c23`,`c25`) SELECT `c18`, `c20`, `c21`, `c22`, `c23`, `c25` FROM `__old_t44`;--> statement-breakpoint
DROP TABLE `__old_t44`;--> statement-breakpoint
DROP TABLE `select`;--> statement-breakpoint
PRAGMA foreign_keys=ON;