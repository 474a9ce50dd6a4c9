DROP VIEW `v_upper`;--> statement-breakpoint
DROP VIEW `v_quoted`;--> statement-breakpoint
DROP VIEW `v_main`;--> statement-breakpoint
DROP VIEW `v_bracket`;--> statement-breakpoint
ALTER TABLE `items` RENAME TO `goods`;--> statement-breakpoint
CREATE VIEW `v_upper` AS select * from GOODS;--> statement-breakpoint
CREATE VIEW `v_quoted` AS select i.id, i.name from "Goods" i;--> statement-breakpoint
CREATE VIEW `v_main` AS select count(*) as n from main.goods;--> statement-breakpoint
CREATE VIEW `v_bracket` AS select id from [goods] where id > 0;