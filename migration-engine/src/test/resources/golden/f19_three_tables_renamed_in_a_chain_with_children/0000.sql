CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`av` text
);
--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`bv` text
);
--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`cv` text
);
--> statement-breakpoint
CREATE TABLE `ka` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `kb` (
	`id` integer PRIMARY KEY NOT NULL,
	`b_id` integer,
	FOREIGN KEY (`b_id`) REFERENCES `b`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `kc` (
	`id` integer PRIMARY KEY NOT NULL,
	`c_id` integer,
	FOREIGN KEY (`c_id`) REFERENCES `c`(`id`) ON UPDATE no action ON DELETE cascade
);
