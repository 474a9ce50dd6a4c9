def standIn = dev.godwit.engine.d1.ItHandover.take(basedir.name)
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('Applying 2 migration(s) to Cloudflare D1 database db-srv')
    assert log =~ /Applied 2 migration\(s\)/
    assert !log.contains('server-token-77')
    assert !log.contains('40IBnIkEDykHaBext45vtguGXrmAuf')
} finally {
    standIn?.close()
}
return true
