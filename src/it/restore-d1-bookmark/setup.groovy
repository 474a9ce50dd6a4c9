// A D1 database with rows (the stand-in), credentials in .dev.vars; the bookmark db:apply reads is passed on to db:restore
// through the user properties Invoker reads for each goal (the same value db:apply prints; verify.groovy checks that).
import dev.godwit.engine.d1.*

def token = 'restore-token-77'
def standIn = D1StandIn.start(new File(basedir, 'd1.sqlite').toPath(), 'acct-r', 'db-r', token)
dev.godwit.engine.d1.ItHandover.give(basedir.name, standIn)
def db = new D1Database(new D1Settings('acct-r', 'db-r', token, standIn.endpoint()))
db.runAtomically(['CREATE TABLE `people` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL, `email` text)',
                  'CREATE UNIQUE INDEX `people_name_unique` ON `people` (`name`)',
                  "INSERT INTO people VALUES (1, 'Ada', 'ada@example.com'), (2, 'Grace', NULL), (3, 'Edsger', 'ewd@example.com')"], false)
db.close()
new File(basedir, '.dev.vars').text = "CLOUDFLARE_ACCOUNT_ID=acct-r\nCLOUDFLARE_DATABASE_ID=db-r\nCLOUDFLARE_D1_TOKEN=${token}\n"
def props = new File(basedir, 'test.properties')
props.text = "db.d1.endpoint=${standIn.endpoint()}\n"
standIn.onBookmarkServed { b -> props.text = "db.d1.endpoint=${standIn.endpoint()}\ndb.bookmark=${b}\n" }
return true
