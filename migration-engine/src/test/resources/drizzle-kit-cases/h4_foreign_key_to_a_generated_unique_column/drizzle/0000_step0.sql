CREATE TABLE `parent` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`code_up` text GENERATED ALWAYS AS (upper("code")) VIRTUAL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parent_code_up_uq` ON `parent` (`code_up`);--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`pcode` text,
	FOREIGN KEY (`pcode`) REFERENCES `parent`(`code_up`) ON UPDATE no action ON DELETE cascade
);
