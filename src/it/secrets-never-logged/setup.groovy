// Five D1 stand-ins, one per way of passing the token; the devvars/, dotenv/ and server/ modules get a copy of drizzle/.
import dev.godwit.engine.d1.D1StandIn
import java.nio.file.*

def from = basedir.toPath().resolve('drizzle')
['devvars', 'dotenv', 'server'].each { project ->
    Files.walk(from).forEach { p ->
        def target = basedir.toPath().resolve(project + '/drizzle').resolve(from.relativize(p).toString())
        if (Files.isDirectory(p)) Files.createDirectories(target) else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING)
    }
}
def tokens = [property: 'prop-token-Q7x9mW', env: 'env-token-5hQ2vR', devvars: 'devvars-token-Z3k8pL', dotenv: 'dotenv-token-M4n2cX', server: 'server-token-77']
def standIns = [:]
tokens.each { way, token ->
    def (acct, db) = way == 'server' ? ['acct-srv', 'db-srv'] : ["acct-$way", "db-$way"]
    standIns[way] = D1StandIn.start(new File(basedir, "d1-${way}.sqlite").toPath(), acct, db, token)
}
dev.godwit.engine.d1.ItHandover.give(basedir.name, standIns)
def ids = { way -> "db.d1.endpoint=${standIns[way].endpoint()}\ndb.d1.accountId=acct-$way\ndb.d1.databaseId=db-$way\n" }
new File(basedir, 'by-property.properties').text = ids('property') + "db.d1.token=${tokens.property}\n"
new File(basedir, 'by-env.properties').text = ids('env')
new File(basedir, 'devvars/.dev.vars').text = "CLOUDFLARE_ACCOUNT_ID=acct-devvars\nCLOUDFLARE_DATABASE_ID=db-devvars\nCLOUDFLARE_D1_TOKEN=${tokens.devvars}\n"
new File(basedir, 'dotenv/.env').text = "CLOUDFLARE_ACCOUNT_ID=acct-dotenv\nCLOUDFLARE_DATABASE_ID=db-dotenv\nCLOUDFLARE_D1_TOKEN=placeholder\n"
new File(basedir, 'dotenv/.env.local').text = 'CLOUDFLARE_D1_TOKEN=${WRANGLER_STYLE_TOKEN}\n'   // wrangler's order: .env.local overrides .env
// run 3's modules each read their endpoint from a property of their own (server/ also names the settings.xml server)
new File(basedir, 'by-file.properties').text = """it.endpoint.devvars=${standIns.devvars.endpoint()}
it.endpoint.dotenv=${standIns.dotenv.endpoint()}
it.endpoint.server=${standIns.server.endpoint()}
settings.security=${new File(basedir, 'settings-security.xml').absolutePath}
"""
return true
