// Two D1 stand-ins: the staging and the production database of wrangler.toml, same account, same token.
import dev.godwit.engine.d1.D1StandIn

def token = 'env-token-staging-and-prod-31'
def staging = D1StandIn.start(new File(basedir, 'staging.sqlite').toPath(), 'acct-wrangler', '5d1c7b3e-1111-4111-8111-0000000stage', token)
def production = D1StandIn.start(new File(basedir, 'production.sqlite').toPath(), 'acct-wrangler', '9e2f4a6b-2222-4222-8222-00000000prod', token)
def preview = D1StandIn.start(new File(basedir, 'preview.sqlite').toPath(), 'acct-wrangler', '7a3e9c1d-3333-4333-8333-00000preview', token)
dev.godwit.engine.d1.ItHandover.give(basedir.name + '.staging', staging)
dev.godwit.engine.d1.ItHandover.give(basedir.name + '.preview', preview)
dev.godwit.engine.d1.ItHandover.give(basedir.name + '.production', production)
new File(basedir, 'test.properties').text = "it.endpoint.staging=${staging.endpoint()}\nit.endpoint.production=${production.endpoint()}\nit.endpoint.preview=${preview.endpoint()}\n"
return true
