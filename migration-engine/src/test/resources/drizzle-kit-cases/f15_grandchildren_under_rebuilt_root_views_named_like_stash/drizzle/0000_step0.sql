CREATE TABLE `root` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`root_id` integer,
	`v` text,
	FOREIGN KEY (`root_id`) REFERENCES `root`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `d` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer DEFAULT 0,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE VIEW `__old_a` AS select a.id, count(b.id) as nb from a left join b on b.a_id = a.id group by a.id;--> statement-breakpoint
CREATE VIEW `__new_root` AS select id, name from root;--> statement-breakpoint
CREATE VIEW `__old_root` AS select count(*) as n from root;