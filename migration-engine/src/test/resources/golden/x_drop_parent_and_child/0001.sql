DROP TABLE `kids_noaction`;--> statement-breakpoint
DROP TABLE `kids_restrict`;--> statement-breakpoint
DROP TABLE `parents`;