PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `tree`;--> statement-breakpoint
PRAGMA foreign_keys=ON;