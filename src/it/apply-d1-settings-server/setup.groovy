// The D1 stand-in with the token that settings.xml holds encrypted; Maven finds the master password through settings.security.
import dev.godwit.engine.d1.D1StandIn

def standIn = D1StandIn.start(new File(basedir, 'd1.sqlite').toPath(), 'acct-srv', 'db-srv', 'server-token-77')
dev.godwit.engine.d1.ItHandover.give(basedir.name, standIn)
new File(basedir, 'test.properties').text = """db.d1.endpoint=${standIn.endpoint()}
db.d1.serverId=cloudflare-d1-it
settings.security=${new File(basedir, 'settings-security.xml').absolutePath}
"""
return true
