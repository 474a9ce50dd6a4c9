CREATE TABLE `m` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` text,
	`y` integer
);
--> statement-breakpoint
CREATE INDEX `m_x_idx` ON `m` (`x`);--> statement-breakpoint
CREATE UNIQUE INDEX `m_y_pos` ON `m` (`y`) WHERE "y" > 0;