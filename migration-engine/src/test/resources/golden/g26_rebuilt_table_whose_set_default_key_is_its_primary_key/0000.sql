CREATE TABLE `t1` (
	`code` text PRIMARY KEY NOT NULL,
	`c2` text,
	`rowid` text,
	`c4` text,
	FOREIGN KEY (`rowid`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c4`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex6` ON `t1` (lower("c2")) WHERE "c2" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t7` (
	`values` integer NOT NULL,
	`my col` text NOT NULL,
	`c8` numeric,
	`c9` text DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
	`c11` text,
	`c12` text,
	`c13` integer,
	`c14` text,
	`from` text,
	PRIMARY KEY(`values`, `my col`),
	FOREIGN KEY (`c13`,`c14`) REFERENCES `t7`(`values`,`my col`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix17` ON `t7` (`c13`,`from`);--> statement-breakpoint
CREATE TABLE `t20` (
	`values` integer NOT NULL,
	`c22` text NOT NULL,
	`c21` text,
	`we"ird` integer,
	`c23` text,
	`c25` integer,
	`key` text,
	PRIMARY KEY(`values`, `c22`),
	FOREIGN KEY (`we"ird`,`c23`) REFERENCES `t20`(`values`,`c22`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c25`,`key`) REFERENCES `t7`(`values`,`my col`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE VIEW `v19` AS SELECT "code" AS "a18" FROM "t1";