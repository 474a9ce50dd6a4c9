// Generates three migrations, starts the fleet stand-in with 12 "tenant" and 3 "other" databases (faults on), writes
// the credentials to .dev.vars and the endpoint and a short rate-limit window to test.properties.
import dev.godwit.engine.d1.D1FleetStandIn
import dev.godwit.engine.folder.MigrationsFolder
import dev.godwit.engine.generate.GenerateOptions
import dev.godwit.engine.generate.Generator
import dev.godwit.schema.model.ColumnDef
import dev.godwit.schema.model.SchemaDef
import dev.godwit.schema.model.TableDef
import java.time.Duration

def folder = MigrationsFolder.at(basedir.toPath().resolve('drizzle'))
def tables = []
(1..3).each { i ->
    tables << new TableDef("t$i".toString(), [ColumnDef.of('id', 'integer').withPrimaryKey(true), ColumnDef.of('name', 'text')], null, [], [], [], null)
    new Generator().generate(new SchemaDef(List.copyOf(tables), []), folder, GenerateOptions.batch().withName("step$i".toString()))
}
def standIn = D1FleetStandIn.start(basedir.toPath().resolve('fleet'), '0123456789abcdef0123456789abcdef', 'fleet-it-token-777', 16)
def tenants = standIn.createDatabases('tenant', 12)
def others = standIn.createDatabases('other', 3)
standIn.execute(others[0], 'CREATE TABLE t3 (x)')      // the third migration fails there
standIn.faults(0.05, 0.05, 7)
standIn.setLatencyMillis(5)
standIn.rateLimit(150, Duration.ofSeconds(1))
dev.godwit.engine.d1.ItHandover.give(basedir.name, standIn)
new File(basedir, 'fleet.txt').text = """# three more tenants, one by id
tenant-0007
${tenants[7]}   # tenant-0008
tenant-0009
tenant-missing
"""
new File(basedir, '.dev.vars').text = """CLOUDFLARE_ACCOUNT_ID=0123456789abcdef0123456789abcdef
CLOUDFLARE_D1_TOKEN=fleet-it-token-777
"""
new File(basedir, 'test.properties').text = """db.d1.endpoint=${standIn.endpoint()}
db.d1.rateLimit=120
db.d1.rateLimitWindowSeconds=1
db.fleet.concurrency=4
"""
return true
