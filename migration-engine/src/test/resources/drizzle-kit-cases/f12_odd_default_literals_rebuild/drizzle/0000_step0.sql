CREATE TABLE `odd` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text DEFAULT 'x;y',
	`b` text DEFAULT '--not a comment',
	`c` text DEFAULT '/* c */',
	`d` text DEFAULT 'line1
line2',
	`e` real DEFAULT 1e-7,
	`f` integer DEFAULT 0
);
