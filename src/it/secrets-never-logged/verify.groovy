// Each way applied its two migrations through its own stand-in (so each token was sent), with
// HttpClient's debug logging on; no token appears in the build log or anywhere in the project tree.
import java.nio.file.*

def standIns = dev.godwit.engine.d1.ItHandover.take(basedir.name)
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('[DEBUG]')
    // HttpClient's header log was at debug (response headers are logged), so a request header would have been too.
    assert log =~ /godwit-d1-\d+ << HTTP\/1\.1 200/
    assert log.findAll(/Applied 2 migration\(s\)/).size() == 5 : log.findAll(/Applying .*|Applied .*/)
    ['property', 'env', 'devvars', 'dotenv', 'server'].each { way ->
        assert standIns[way].requestCount() >= 3 : "the $way run did not reach its stand-in"
        def db = way == 'server' ? 'db-srv' : "db-$way"
        assert log.contains("Applying 2 migration(s) to Cloudflare D1 database $db")
    }
    def tokens = ['prop-token-Q7x9mW', 'env-token-5hQ2vR', 'devvars-token-Z3k8pL', 'dotenv-token-M4n2cX', 'server-token-77']
    tokens.each { t -> assert !log.contains(t) : "token $t in build.log" }
    // The test's own scripts and the places it puts a token (the sources under test) are the only files allowed to hold one.
    def sources = ['setup.groovy', 'verify.groovy', 'invoker.properties', 'by-property.properties', 'devvars/.dev.vars'].collect { basedir.toPath().resolve(it).normalize() } as Set
    def hits = []
    Files.walk(basedir.toPath()).filter { Files.isRegularFile(it) && !sources.contains(it.normalize()) }.forEach { f ->
        def text = new String(Files.readAllBytes(f), 'ISO-8859-1')
        tokens.each { t -> if (text.contains(t)) hits << "${basedir.toPath().relativize(f)}: $t" }
    }
    assert hits.isEmpty() : "token found in: $hits"
} finally {
    standIns?.values()?.each { it.close() }
}
return true
