CREATE TABLE `tenants_users` (
	`tenant` text NOT NULL,
	`uid` integer NOT NULL,
	`name` text,
	PRIMARY KEY(`tenant`, `uid`)
);
--> statement-breakpoint
CREATE TABLE `tokens` (
	`id` integer PRIMARY KEY NOT NULL,
	`tenant` text NOT NULL,
	`uid` integer NOT NULL,
	`tok` text,
	FOREIGN KEY (`tenant`,`uid`) REFERENCES `tenants_users`(`tenant`,`uid`) ON UPDATE cascade ON DELETE cascade
);
