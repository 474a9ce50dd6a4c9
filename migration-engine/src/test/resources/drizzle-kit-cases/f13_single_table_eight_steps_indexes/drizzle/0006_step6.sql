ALTER TABLE `acc` RENAME COLUMN "note" TO "memo";--> statement-breakpoint
CREATE INDEX `acc_memo_part` ON `acc` (`memo`) WHERE "acc"."memo" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `acc_login_memo_uq` ON `acc` (`login`,`memo`);