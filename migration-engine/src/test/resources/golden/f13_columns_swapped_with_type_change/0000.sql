CREATE TABLE `lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`qty` integer,
	`note` text,
	CONSTRAINT "lines_qty_pos" CHECK("qty" > 0)
);
