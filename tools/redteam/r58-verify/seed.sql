INSERT INTO orgs (id,name,slug,plan,created_at) VALUES (1,'Acme','acme','pro',1700000000),(2,'Globex','globex','free',1700001000),(3,'Initech','initech','enterprise',1700002000),(4,'Umbrella','umbrella','free',1700003000);
INSERT INTO users (id,email,name,status,deleted,created_at,balance_cents,phone) VALUES
 (1,'ann@acme.io','Ann','active',0,'2024-01-05 10:00:00',1500,'+1-555-0100'),
 (2,'Bob@Acme.io','Bob','inactive',0,'2024-02-11T08:30:00Z',0,NULL),
 (3,'bob@acme.io',NULL,'active',0,'05/03/2024',-250,'555 0101'),
 (4,'carol@globex.com','Carol','banned',1,'2023-12-31 23:59:59',99999,NULL),
 (5,'dave@initech.com','Dave','inactive',1,'2024-06-01',42,'+44 20 7946 0958'),
 (6,'eve@umbrella.org','Eve','active',0,'1717200000',0,NULL),
 (7,'frank@acme.io','','active',0,'2024-03-03 03:03:03',12345,'');
INSERT INTO memberships VALUES (1,1,'owner',1700000000),(1,2,'member',NULL),(1,3,'admin',1700000500),(2,4,'owner',1700001000),(3,5,'owner',NULL),(4,6,'owner',1700003000),(2,1,'member',NULL),(1,7,'member',1700009000);
INSERT INTO posts (id,org_id,author_id,title,body,status,published_at,deleted_at,price_cents) VALUES
 (1,1,1,'Hello','First post','published','2024-01-06 09:00:00',NULL,0),
 (2,1,2,'Draft idea',NULL,'draft',NULL,NULL,NULL),
 (3,1,3,'Old news','...','archived','2023-11-01',1710000000,500),
 (4,2,4,'Globex launch','Big','published','2024-02-02T12:00:00Z',NULL,1999),
 (5,3,NULL,'Orphan author','by a deleted user','published','03/03/2024',NULL,250),
 (6,4,6,'Umbrella memo','secret','draft',NULL,1715000000,NULL),
 (7,1,1,'Pricing','$$','published','2024-05-05 05:05:05',NULL,123456);
INSERT INTO comments (id,post_id,parent_id,author_id,body,created_at,hidden) VALUES
 (1,1,NULL,2,'Nice',1704531600,0),(2,1,1,3,'Agreed',1704532600,0),(3,1,2,1,'Thanks',1704533600,1),
 (4,4,NULL,NULL,'anon',1706875200,0),(5,5,NULL,5,'hmm',1709424000,0),(6,7,NULL,4,'spam',1714885505,1),(7,1,NULL,1,'Nice',1704531700,0);
INSERT INTO tags (id,name) VALUES (1,'news'),(2,'News'),(3,'howto'),(4,'release'),(5,'howto ');
INSERT INTO post_tags VALUES (1,1),(1,3),(3,2),(4,4),(4,1),(5,5),(7,3);
INSERT INTO audit_log (id,actor_id,action,entity,entity_id,at) VALUES (1,1,'create','posts',1,1704531600),(2,NULL,'login','users',2,1704531601),(3,4,'ban','users',4,1704531602);
INSERT INTO settings VALUES (1,'{"ui":{"theme":"dark","lang":"en"},"notify":true}'),(2,'{"ui":{"theme":"light"}}'),(3,'{}'),(4,'{"theme":"dark"}'),(5,'{"ui":{"lang":"de"},"notify":false}'),(6,'[]');
INSERT INTO invoices (id,org_id,amount,currency,status,issued_at) VALUES (1,1,19.99,'USD','paid','2024-01-31'),(2,1,0.1,'EUR','open','2024-02-29'),(3,2,1234.5,'GBP','void','2024-03-31T00:00:00Z'),(4,3,0.29,'USD','paid','31/01/2024'),(5,4,100,'USD','open','2024-04-30'),(6,3,4.35,'EUR','paid','2024-05-31');
