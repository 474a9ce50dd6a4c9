CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	`a` integer,
	`b` integer,
	`c` integer,
	`d` text,
	CONSTRAINT "p_a_pos" CHECK("a" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `p_code_unique` ON `p` (`code`);--> statement-breakpoint
CREATE INDEX `p_d_idx` ON `p` (`d`) WHERE "c" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `p_b_d_uq` ON `p` (`b`,`d`);--> statement-breakpoint
CREATE TABLE `q` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_code` text,
	`p_id` integer,
	`note` text,
	FOREIGN KEY (`p_code`) REFERENCES `p`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`p_id`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE cascade
);
