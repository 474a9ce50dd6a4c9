// Copies the repository's drizzle/ folder, starts the D1 stand-in, and writes wrangler's .dev.vars with the credentials.
import dev.godwit.engine.d1.D1StandIn
import java.nio.file.*

def root = basedir.toPath().resolve('../../../..').normalize()
def from = root.resolve('drizzle')
Files.walk(from).forEach { p ->
    def target = basedir.toPath().resolve('drizzle').resolve(from.relativize(p).toString())
    if (Files.isDirectory(p)) Files.createDirectories(target) else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING)
}
def standIn = D1StandIn.start(new File(basedir, 'd1.sqlite').toPath(), 'acct-demo', 'db-demo', 'dev-vars-token-42')
standIn.setLatencyMillis(20)
dev.godwit.engine.d1.ItHandover.give(basedir.name, standIn)
new File(basedir, '.dev.vars').text = """# wrangler's format
CLOUDFLARE_ACCOUNT_ID=acct-demo
CLOUDFLARE_DATABASE_ID="db-demo"
CLOUDFLARE_D1_TOKEN=dev-vars-token-42
"""
new File(basedir, 'test.properties').text = "db.d1.endpoint=${standIn.endpoint()}\n"
return true
