CREATE TABLE `t1` (
	`code` text PRIMARY KEY NOT NULL,
	`c2` numeric DEFAULT 3 NOT NULL,
	`c4` integer,
	`c6` integer DEFAULT 7 NOT NULL,
	`c8` text,
	`c11` text GENERATED ALWAYS AS (typeof("c4")) VIRTUAL,
	FOREIGN KEY (`c8`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck10" CHECK(length("code") < 60)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc5` ON `t1` (`c4`);--> statement-breakpoint
CREATE TABLE `key` (
	`c18` integer NOT NULL,
	`c19` text NOT NULL,
	`c12` numeric,
	`c13` numeric DEFAULT 14,
	`c15` text,
	`c16` blob NOT NULL,
	`c20` text,
	`c22` integer,
	`it's` text,
	`c23` integer GENERATED ALWAYS AS (length("it's")) VIRTUAL,
	PRIMARY KEY(`c18`, `c19`),
	FOREIGN KEY (`c20`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c22`,`it's`) REFERENCES `key`(`c18`,`c19`) ON UPDATE cascade ON DELETE set default
);
