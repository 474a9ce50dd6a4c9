CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`e0` integer DEFAULT (lower('ABC')),
	`e1` text DEFAULT CURRENT_TIMESTAMP,
	`e2` integer DEFAULT current_date,
	`e3` text DEFAULT (1),
	`e4` integer DEFAULT (json_array(1, 'a')),
	`e5` text DEFAULT -5,
	`e6` integer DEFAULT +5,
	`e7` text DEFAULT X'00FF',
	`e8` integer DEFAULT NULL,
	`e9` text DEFAULT 1.5e3,
	`e10` integer DEFAULT TRUE,
	`e11` text DEFAULT ('a' || 'b'),
	`e12` integer DEFAULT (abs(-3)),
	`e13` text DEFAULT 'lit',
	`e14` integer DEFAULT (strftime('%Y', '2020-01-02') + 0)
);
--> statement-breakpoint
CREATE TABLE `u` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
