// T19 Where ten addresses are, looked up by ten threads and stored as rows of a table
// The seed asks an online service where each of many addresses is, one thread per address, and
// stores each answer as a row of table ips in MySQL. Here each thread asks geo (offline, from a
// MaxMind DB file, so no internet is needed) and stores its row in one shared database: an embedded
// SQLite file. Ten threads inserting at once into one table lose nothing: the database hands out a
// connection per thread and each insert is a transaction of its own.
// The map is a small made-up one of the documentation addresses (192.0.2.x, 198.51.100.x,
// 203.0.113.x); /geo fetch gets the real DB-IP Lite City, and geo(ip, provider: 'ip-api') asks the
// seed's service. To store in MySQL or MariaDB: database('jdbc:mariadb://host/db', user:, password:).

def home = System.getProperty('conch.home') ?: '.'
geo.database = "${home}/src/test/resources/geo/dbip-city-lite-test.mmdb"
def file = File.createTempFile('t19-', '.db')
file.delete()
def db = database("sqlite:${file}")

def ips = ['192.0.2.1', '192.0.2.77', '192.0.2.200', '198.51.100.7', '198.51.100.99',
           '198.51.100.160', '203.0.113.5', '203.0.113.130', '203.0.113.250', '10.1.2.3']
def threads = ips.collect { ip -> thread(name: ip) { geo(ip, into: 'ips', db: db, quiet: true) } }
threads*.join()

println 'the rows, read back from table ips:'
sql(db, 'select ip, status, message, country, region, city from ips order by ip')
println "select count(*) from ips: ${db.firstRow('select count(*) as n from ips').n}"
db.close()
file.delete()
println 'IP Geolocation by DB-IP (https://db-ip.com), CC BY 4.0: the real data this map stands in for'
