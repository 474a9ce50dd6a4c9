PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`e0` integer DEFAULT (1),
	`e1` text DEFAULT (json_array(1, 'a')),
	`e2` integer DEFAULT -5,
	`e3` text DEFAULT +5,
	`e4` integer DEFAULT X'00FF',
	`e5` text DEFAULT NULL,
	`e6` integer DEFAULT 1.5e3,
	`e7` text DEFAULT TRUE,
	`e8` integer DEFAULT ('a' || 'b'),
	`e9` text DEFAULT (abs(-3)),
	`e10` integer DEFAULT 'lit',
	`e11` text DEFAULT (strftime('%Y', '2020-01-02') + 0),
	`e12` integer DEFAULT (lower('ABC')),
	`e13` text DEFAULT CURRENT_TIMESTAMP,
	`e14` integer DEFAULT current_date
);
--> statement-breakpoint
INSERT INTO `__new_t`("id", "e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9", "e10", "e11", "e12", "e13", "e14") SELECT "id", "e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9", "e10", "e11", "e12", "e13", "e14" FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;