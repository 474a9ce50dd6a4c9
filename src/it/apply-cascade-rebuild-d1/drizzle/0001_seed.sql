-- Custom SQL migration file, put your code below! --
INSERT INTO customers (id, name, vip) VALUES (1, 'Ann', '1'), (2, 'Bob', '0');--> statement-breakpoint
INSERT INTO orders (id, customer_id, amount) VALUES (10, 1, 10.5), (11, 1, 3), (12, 2, 7.25);--> statement-breakpoint
INSERT INTO order_items (id, order_id, sku) VALUES (100, 10, 'a'), (101, 11, 'b'), (102, 12, 'c');--> statement-breakpoint
INSERT INTO notes (id, customer_id, body) VALUES (1000, 1, 'likes tea'), (1001, 2, 'prefers email');