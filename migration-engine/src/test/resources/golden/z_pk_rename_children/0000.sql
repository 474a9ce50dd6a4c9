CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `c_cascade` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_id` integer NOT NULL,
	FOREIGN KEY (`p_id`) REFERENCES `p`(`id`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c_restrict` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_id` integer,
	FOREIGN KEY (`p_id`) REFERENCES `p`(`id`) ON UPDATE restrict ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `c_setnull` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_id` integer,
	FOREIGN KEY (`p_id`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE set null
);
