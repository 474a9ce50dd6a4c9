CREATE TABLE `key` (
	`c36` integer NOT NULL,
	`c37` text NOT NULL,
	`c34` integer,
	`c35` blob,
	`c38` text,
	`c39` text,
	PRIMARY KEY(`c36`, `c37`),
	FOREIGN KEY (`c38`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c39`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE INDEX `ix43` ON `key` (`c34`,`c38`);--> statement-breakpoint
DROP INDEX `ex14`;--> statement-breakpoint
CREATE VIEW `v42` AS SELECT "a17" AS "a41" FROM "v18" WHERE "a15" IS NOT NULL;