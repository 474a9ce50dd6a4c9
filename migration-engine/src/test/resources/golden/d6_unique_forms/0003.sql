ALTER TABLE `acct` RENAME COLUMN "email" TO "mail";--> statement-breakpoint
ALTER TABLE `acct` RENAME COLUMN "handle" TO "nick";