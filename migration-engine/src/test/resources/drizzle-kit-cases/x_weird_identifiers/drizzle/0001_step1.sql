PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_order` (
	`select` integer PRIMARY KEY NOT NULL,
	`group` text,
	`sp ace` text,
	`q"uote` real,
	`back`tick` text DEFAULT 'd`''"',
	`it's` text,
	CONSTRAINT "chk`1" CHECK("__new_order"."back`tick" <> 'x')
);
--> statement-breakpoint
INSERT INTO `__new_order`("select", "group", "sp ace", "q"uote", "back`tick", "it's") SELECT "select", "group", "sp ace", "q"uote", "back`tick", "it's" FROM `order`;--> statement-breakpoint
DROP TABLE `order`;--> statement-breakpoint
ALTER TABLE `__new_order` RENAME TO `order`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `idx order group` ON `order` (`group`,`sp ace`);--> statement-breakpoint
CREATE UNIQUE INDEX `idx"q` ON `order` (`q"uote`) WHERE "order"."q""uote" > 0;