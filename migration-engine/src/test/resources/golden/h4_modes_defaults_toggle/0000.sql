CREATE TABLE `ev` (
	`id` integer PRIMARY KEY NOT NULL,
	`on` integer DEFAULT false NOT NULL,
	`at_ms` integer DEFAULT (abs(-5) * 1000),
	`at` integer DEFAULT (length('ab')),
	`big` numeric,
	`doc` text DEFAULT '{"a":[1,2],"b":"it''s"}',
	`num` numeric DEFAULT 1.5
);
