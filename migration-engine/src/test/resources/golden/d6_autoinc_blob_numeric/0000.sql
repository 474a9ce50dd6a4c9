CREATE TABLE `seq` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`b_buf` blob,
	`b_json` blob,
	`b_big` blob,
	`n_str` numeric DEFAULT '1.10',
	`n_num` numeric DEFAULT 2.5,
	`n_big` numeric DEFAULT 10
);
--> statement-breakpoint
CREATE TABLE `kid` (
	`id` integer PRIMARY KEY NOT NULL,
	`seq_id` integer,
	FOREIGN KEY (`seq_id`) REFERENCES `seq`(`id`) ON UPDATE no action ON DELETE cascade
);
