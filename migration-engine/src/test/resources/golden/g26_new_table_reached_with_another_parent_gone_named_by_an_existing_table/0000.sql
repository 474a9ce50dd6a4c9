CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` integer DEFAULT 3,
	`c4` real DEFAULT 5.5 NOT NULL,
	`c6` real DEFAULT 7.5 NOT NULL,
	`c8` numeric DEFAULT 9,
	`order` integer,
	FOREIGN KEY (`order`) REFERENCES `t1`(`id`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix10` ON `t1` (`c6`);--> statement-breakpoint
CREATE TABLE `it's` (
	`c16` integer NOT NULL,
	`c17` text NOT NULL,
	`c11` blob NOT NULL,
	`c13` real,
	`c14` blob,
	`from` integer,
	`we"ird` text,
	`c18` integer,
	`c19` text,
	PRIMARY KEY(`c16`, `c17`),
	FOREIGN KEY (`from`,`we"ird`) REFERENCES `it's`(`c16`,`c17`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c18`,`c19`) REFERENCES `it's`(`c16`,`c17`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix21` ON `it's` (`c16`,`c14`) WHERE "c16" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t22` (
	`it's` real,
	`c23` integer,
	`c25` integer,
	FOREIGN KEY (`c23`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c25`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck26" CHECK(length("c25") < 60)
);
