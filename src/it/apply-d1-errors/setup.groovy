// Starts our D1 stand-in and arms content-keyed faults (nothing runs between Maven invocations to arm them later):
// the write of 0000_init meets one 500 (D1 may or may not have run it), the write of 0001_email commits and then
// loses its connection before the answer. The apply must re-read the history each time and record every migration once.
import dev.godwit.engine.d1.D1StandIn

def standIn = D1StandIn.start(new File(basedir, 'd1.sqlite').toPath(), 'acct-it', 'db-it', 'right-token-123')
standIn.failWith500WhenBodyContains('CREATE TABLE `people`', 1)
standIn.dropAfterCommitWhenBodyContains('people_email_unique', 1)
dev.godwit.engine.d1.ItHandover.give(basedir.name, standIn)
new File(basedir, 'test.properties').text = """db.d1.endpoint=${standIn.endpoint()}
db.d1.accountId=acct-it
db.d1.databaseId=db-it
"""
return true
