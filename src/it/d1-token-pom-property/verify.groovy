def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 4
def refused = "<db.d1.token> in the POM's <properties> (the module's, a parent's or an active profile's) is not read: a POM is committed, so a token written there is in git. Take it out (a parent POM's you cannot edit: an empty <db.d1.token/> in this POM's <properties> overrides it), and give the token as the environment variable CLOUDFLARE_D1_TOKEN, in .env or .dev.vars, as the password of a settings.xml server, or with -Ddb.d1.token on the command line."
// Run 1: it said "Cloudflare D1 settings are missing ... the API token: looked in -Ddb.d1.token, ..." without a word of the profile's
assert runs[0].contains('BUILD FAILURE')
assert runs[0].contains(refused + ' It is ${env.GODWIT_IT_UNSET_TOKEN_92}, which Maven left as written: GODWIT_IT_UNSET_TOKEN_92 is not set in the environment mvn runs in.'
        + ' Where it is set, pass it on as export CLOUDFLARE_D1_TOKEN="$GODWIT_IT_UNSET_TOKEN_92" (or CLOUDFLARE_D1_TOKEN=${GODWIT_IT_UNSET_TOKEN_92} in .env). Nothing was sent.')
// Run 2: resolved by Maven, the token is refused without being printed, under -X too
assert runs[1].contains('BUILD FAILURE')
assert runs[1].contains(refused + ' For a token kept in another variable, export CLOUDFLARE_D1_TOKEN="$CLOUDFLARE_API_TOKEN" (or CLOUDFLARE_D1_TOKEN=${CLOUDFLARE_API_TOKEN} in .env). Nothing was sent.')
assert !log.contains('pom-token-Qz81Lk')
assert !log.contains('Cloudflare D1 settings are missing')
// Run 3: the local file
assert runs[2].contains('BUILD SUCCESS')
assert runs[2].contains('0000_init')
// Run 4: refused as "a token written there is in git" before; now the environment's token goes to the (absent) D1
assert runs[3].contains('Cannot reach Cloudflare D1 at http://127.0.0.1:9/client/v4')
assert !runs[3].contains('<db.d1.token> in the POM')
assert !log.contains('env-token-Wp42')
return true
