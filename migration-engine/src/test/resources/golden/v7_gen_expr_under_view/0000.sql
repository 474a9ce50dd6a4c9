CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`b` integer,
	`g` integer GENERATED ALWAYS AS ("b" + 1) VIRTUAL
);
--> statement-breakpoint
CREATE VIEW `tv` AS select id, g from t;