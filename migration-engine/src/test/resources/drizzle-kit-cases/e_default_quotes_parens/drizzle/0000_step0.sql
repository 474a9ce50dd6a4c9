CREATE TABLE `frag` (
	`id` integer PRIMARY KEY NOT NULL,
	`open` text DEFAULT '(',
	`close` text DEFAULT ')',
	`q` text DEFAULT '''',
	`dq` text DEFAULT 'say "hi" `x`',
	`cm` text DEFAULT '/* not a comment',
	`expr` text DEFAULT (('a)' || ')(b' || '--c')),
	`num` integer DEFAULT ((1 + 2) * (3)),
	CONSTRAINT "chk_paren" CHECK("frag"."open" NOT IN (')', '((') AND ("frag"."num" IS NULL OR ("frag"."num" > (0))))
);
--> statement-breakpoint
CREATE INDEX `frag_open_idx` ON `frag` (`open`) WHERE "frag"."close" <> '(' AND "frag"."q" <> ')''';