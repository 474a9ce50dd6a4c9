// Starts our D1 stand-in with faults keyed on the request's content (nothing runs between Maven invocations to arm them):
// the first read of the history table's columns (the history check) and the request holding CREATE TABLE IF NOT EXISTS (0000_init's,
// which creates the history table with it) run, then lose their answers (the probe's --drop-on 1 and --drop-on 2); the write of
// 0001_email commits and is answered with a 500.
import dev.godwit.engine.d1.D1StandIn

def standIn = D1StandIn.start(new File(basedir, 'd1.sqlite').toPath(), 'acct-it', 'db-it', 'token-it')
standIn.dropAfterCommitOnceWhenBodyContains('FROM pragma_table_info', 'CREATE TABLE IF NOT EXISTS')
standIn.fail500AfterCommitWhenBodyContains('people_email_unique', 1)
dev.godwit.engine.d1.ItHandover.give(basedir.name, standIn)
new File(basedir, 'test.properties').text = """db.d1.endpoint=${standIn.endpoint()}
db.d1.accountId=acct-it
db.d1.databaseId=db-it
db.d1.token=token-it
"""
return true
