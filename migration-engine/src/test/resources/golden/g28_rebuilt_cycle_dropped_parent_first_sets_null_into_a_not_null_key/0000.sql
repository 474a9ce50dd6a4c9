CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` integer DEFAULT 3 NOT NULL,
	`rowid` integer,
	`c4` integer,
	`from` integer,
	`c5` integer GENERATED ALWAYS AS ("rowid" IS NULL) VIRTUAL,
	FOREIGN KEY (`c4`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex6` ON `t1` (substr("c5", 1, 3));--> statement-breakpoint
CREATE TABLE `t7` (
	`code` text PRIMARY KEY NOT NULL,
	`c8` text,
	`c9` blob,
	`c10` numeric,
	`c11` blob,
	`c12` text,
	`it's` integer,
	FOREIGN KEY (`c12`) REFERENCES `t7`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`it's`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `ex14` ON `t7` (length("c10"));--> statement-breakpoint
CREATE TABLE `t17` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`it's` numeric DEFAULT 18,
	`c19` integer,
	`group` numeric,
	`c20` integer,
	`c22` text,
	FOREIGN KEY (`c20`) REFERENCES `t1`(`id`) ON UPDATE restrict ON DELETE cascade,
	FOREIGN KEY (`c22`) REFERENCES `t7`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE VIEW `v16` AS SELECT "rowid" AS "a15" FROM "t1";