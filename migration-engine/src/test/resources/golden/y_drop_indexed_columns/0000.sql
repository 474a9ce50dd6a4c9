CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `p_code_unique` ON `p` (`code`);--> statement-breakpoint
CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`b` integer,
	`c` text,
	`d` integer,
	`e` integer,
	`f` integer,
	`p_code` text,
	`keep` text,
	FOREIGN KEY (`p_code`) REFERENCES `p`(`code`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "t_f_chk" CHECK("f" > 0)
);
--> statement-breakpoint
CREATE INDEX `t_a_idx` ON `t` (`a`);--> statement-breakpoint
CREATE INDEX `t_b_pidx` ON `t` (`b`) WHERE "c" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `t_de_uq` ON `t` (`d`,`e`);