CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text NOT NULL,
	`b` integer NOT NULL,
	`c` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t_c_unique` ON `t` (`c`);--> statement-breakpoint
CREATE UNIQUE INDEX `t_a_b_uq` ON `t` (`a`,`b`);--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`ta` text,
	`tb` integer,
	FOREIGN KEY (`ta`,`tb`) REFERENCES `t`(`a`,`b`) ON UPDATE no action ON DELETE cascade
);
