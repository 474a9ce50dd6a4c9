CREATE TABLE `g` (
	`id` integer PRIMARY KEY NOT NULL,
	`n` integer
);
--> statement-breakpoint
CREATE TABLE `p` (
	`code` text PRIMARY KEY NOT NULL,
	`gid` integer,
	FOREIGN KEY (`gid`) REFERENCES `g`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `d` (
	`id` integer NOT NULL,
	`pid` text NOT NULL,
	`sid` integer,
	`spid` text,
	PRIMARY KEY(`id`, `pid`),
	FOREIGN KEY (`pid`) REFERENCES `p`(`code`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`sid`,`spid`) REFERENCES `d`(`id`,`pid`) ON UPDATE set default ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `s` (
	`id` integer PRIMARY KEY NOT NULL,
	`did` integer,
	`dpid` text,
	FOREIGN KEY (`did`,`dpid`) REFERENCES `d`(`id`,`pid`) ON UPDATE no action ON DELETE no action
);
