CREATE TABLE `t1` (
	`code` text PRIMARY KEY NOT NULL,
	`c2` integer DEFAULT false NOT NULL,
	`c4` text DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
	`c6` integer DEFAULT 7 NOT NULL,
	`c8` numeric DEFAULT 9,
	`c10` text,
	`c12` text,
	FOREIGN KEY (`c10`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c12`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex14` ON `t1` (("c12" || "c2"));--> statement-breakpoint
CREATE VIEW `v18` AS SELECT "c8" AS "a15", "c10" AS "a16", "c4" AS "a17" FROM "t1";