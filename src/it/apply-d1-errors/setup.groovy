import dev.godwit.engine.d1.D1StandIn

def standIn = D1StandIn.start(new File(basedir, 'd1.sqlite').toPath(), 'acct-it', 'db-it', 'right-token-123')
// The second run meets a 500 before the first migration runs, then a connection dropped after the second one commits.
standIn.failNextWith500(0)
System.getProperties().put('godwit.it.standin.' + basedir.name, standIn)
new File(basedir, 'test.properties').text = """db.d1.endpoint=${standIn.endpoint()}
db.d1.accountId=acct-it
db.d1.databaseId=db-it
"""
return true
