ALTER TABLE `u` ADD `a0` numeric DEFAULT (lower('ABC'));--> statement-breakpoint
ALTER TABLE `u` ADD `a1` numeric DEFAULT CURRENT_TIMESTAMP;--> statement-breakpoint
ALTER TABLE `u` ADD `a2` numeric DEFAULT current_date;--> statement-breakpoint
ALTER TABLE `u` ADD `a3` numeric DEFAULT (1);--> statement-breakpoint
ALTER TABLE `u` ADD `a4` numeric DEFAULT (json_array(1, 'a'));--> statement-breakpoint
ALTER TABLE `u` ADD `a5` numeric DEFAULT -5;--> statement-breakpoint
ALTER TABLE `u` ADD `a6` numeric DEFAULT +5;--> statement-breakpoint
ALTER TABLE `u` ADD `a7` numeric DEFAULT X'00FF';--> statement-breakpoint
ALTER TABLE `u` ADD `a8` numeric DEFAULT NULL;--> statement-breakpoint
ALTER TABLE `u` ADD `a9` numeric DEFAULT 1.5e3;--> statement-breakpoint
ALTER TABLE `u` ADD `a10` numeric DEFAULT TRUE;--> statement-breakpoint
ALTER TABLE `u` ADD `a11` numeric DEFAULT ('a' || 'b');--> statement-breakpoint
ALTER TABLE `u` ADD `a12` numeric DEFAULT (abs(-3));--> statement-breakpoint
ALTER TABLE `u` ADD `a13` numeric DEFAULT 'lit';--> statement-breakpoint
ALTER TABLE `u` ADD `a14` numeric DEFAULT (strftime('%Y', '2020-01-02') + 0);--> statement-breakpoint
ALTER TABLE `u` ADD `nn1` integer DEFAULT (7) NOT NULL;--> statement-breakpoint
ALTER TABLE `u` ADD `nn2` text DEFAULT 'q''q' NOT NULL;--> statement-breakpoint
ALTER TABLE `u` ADD `nn3` integer DEFAULT -1 NOT NULL;