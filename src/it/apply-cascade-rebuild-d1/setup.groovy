// Starts our D1 stand-in (a real HTTP server on 127.0.0.1 backed by a SQLite file, foreign keys always on).
import dev.godwit.engine.d1.D1StandIn

def standIn = D1StandIn.start(new File(basedir, 'd1.sqlite').toPath(), 'acct-it', 'db-it', 'token-it')
dev.godwit.engine.d1.ItHandover.give(basedir.name, standIn)
new File(basedir, 'test.properties').text = """db.d1.endpoint=${standIn.endpoint()}
db.d1.accountId=acct-it
db.d1.databaseId=db-it
db.d1.token=token-it
"""
return true
