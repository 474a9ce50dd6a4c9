CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `profile` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bio` text,
	FOREIGN KEY (`id`) REFERENCES `users`(`id`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `p1` (
	`x` integer NOT NULL,
	`y` integer NOT NULL,
	`note` text,
	PRIMARY KEY(`x`, `y`)
);
--> statement-breakpoint
CREATE TABLE `p2` (
	`x` integer NOT NULL,
	`y` integer NOT NULL,
	PRIMARY KEY(`x`, `y`)
);
--> statement-breakpoint
CREATE TABLE `kid` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`b` integer,
	`c` integer,
	FOREIGN KEY (`a`,`b`) REFERENCES `p1`(`x`,`y`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`b`,`c`) REFERENCES `p2`(`x`,`y`) ON UPDATE no action ON DELETE set null
);
