CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_int` integer,
	`a_txt` text,
	`a_real` real,
	`a_num` numeric,
	`a_blob` blob,
	`d_lit` text,
	`d_expr` text,
	`p_id` integer,
	`ren` text,
	`u` text,
	`ty` text,
	FOREIGN KEY (`p_id`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t_u_unique` ON `t` (`u`);