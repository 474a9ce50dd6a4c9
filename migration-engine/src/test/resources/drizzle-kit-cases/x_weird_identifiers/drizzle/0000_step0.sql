CREATE TABLE `order` (
	`select` integer PRIMARY KEY NOT NULL,
	`group` text,
	`sp ace` text,
	`q"uote` integer,
	`back`tick` text,
	`it's` text,
	CONSTRAINT "chk`1" CHECK("order"."back`tick" <> 'x')
);
--> statement-breakpoint
CREATE INDEX `idx order group` ON `order` (`group`,`sp ace`);--> statement-breakpoint
CREATE UNIQUE INDEX `idx"q` ON `order` (`q"uote`) WHERE "order"."q""uote" > 0;--> statement-breakpoint
CREATE TABLE `line "items"` (
	`id` integer PRIMARY KEY NOT NULL,
	`from` integer,
	`where`` text,
	FOREIGN KEY (`from`) REFERENCES `order`(`select`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `line "items"_where`_unique` ON `line "items"` (`where``);