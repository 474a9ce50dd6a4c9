CREATE TABLE `p.arent` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text NOT NULL,
	`b` integer NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `p_ab[uq]` ON `p.arent` (`a`,`b`);--> statement-breakpoint
CREATE TABLE `c]hild` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` text,
	`y` integer,
	`w` integer,
	FOREIGN KEY (`x`,`y`) REFERENCES `p.arent`(`a`,`b`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `c.xy` ON `c]hild` (`x`,`y`);