CREATE TABLE `plans` (
	`org` text NOT NULL,
	`code` text NOT NULL,
	`price` integer,
	PRIMARY KEY(`org`, `code`)
);
--> statement-breakpoint
CREATE TABLE `subs` (
	`id` integer PRIMARY KEY NOT NULL,
	`org` text,
	`code` text,
	FOREIGN KEY (`org`,`code`) REFERENCES `plans`(`org`,`code`) ON UPDATE cascade ON DELETE cascade
);
