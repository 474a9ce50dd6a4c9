ALTER TABLE `t` ADD `a0` text DEFAULT 'a
b';--> statement-breakpoint
ALTER TABLE `t` ADD `a1` text DEFAULT 'tab	here';--> statement-breakpoint
ALTER TABLE `t` ADD `a2` text DEFAULT '🦆 é';--> statement-breakpoint
ALTER TABLE `t` ADD `a3` text DEFAULT 'C:\path\n';--> statement-breakpoint
ALTER TABLE `t` ADD `a4` text DEFAULT 'say "hi"';--> statement-breakpoint
ALTER TABLE `t` ADD `a5` text DEFAULT 'back`tick';--> statement-breakpoint
ALTER TABLE `t` ADD `a6` text DEFAULT '-- not a comment';--> statement-breakpoint
ALTER TABLE `t` ADD `a7` text DEFAULT '  padded  ';--> statement-breakpoint
ALTER TABLE `t` ADD `a8` text DEFAULT '';--> statement-breakpoint
ALTER TABLE `t` ADD `a9` text DEFAULT 'CURRENT_TIMESTAMP';--> statement-breakpoint
ALTER TABLE `t` ADD `a10` text DEFAULT 'it''s';--> statement-breakpoint
ALTER TABLE `t` ADD `a11` text DEFAULT '''''';--> statement-breakpoint
ALTER TABLE `t` ADD `a12` text DEFAULT '\''';--> statement-breakpoint
ALTER TABLE `t` ADD `a_nn` text DEFAULT 'x
y''z' NOT NULL;--> statement-breakpoint
ALTER TABLE `t` ADD `a_num` numeric DEFAULT '2.50';