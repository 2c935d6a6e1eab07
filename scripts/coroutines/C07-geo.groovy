// C07 Where ten addresses are, looked up by ten coroutines and stored as rows
// T19 with coroutines instead of threads, as the seed does with gevent: one coroutine per
// address, each handing the turn on while it waits, all storing their rows in one shared SQLite
// table. The rows and their count are the same as with threads.
// The map is a small made-up one of the documentation addresses; /geo fetch gets DB-IP Lite City.

def home = System.getProperty('conch.home') ?: '.'
geo.database = "${home}/src/test/resources/geo/geolite2-city-test.mmdb"
def file = File.createTempFile('c07-', '.db')
file.delete()
def db = database("sqlite:${file}")

def ips = ['192.0.2.1', '192.0.2.77', '192.0.2.200', '198.51.100.7', '198.51.100.99',
           '198.51.100.160', '203.0.113.5', '203.0.113.130', '203.0.113.250', '10.1.2.3']
def readers = ips.collect { ip -> coroutine(name: ip) { geo(ip, into: 'ips', db: db, quiet: true) } }
readers*.join()

println 'the rows, read back from table ips:'
sql(db, 'select ip, status, message, country, region, city from ips order by ip')
println "select count(*) from ips: ${db.firstRow('select count(*) as n from ips').n}"
db.close()
file.delete()
println 'This product includes GeoLite2 data created by MaxMind: the real data this map stands in for'
