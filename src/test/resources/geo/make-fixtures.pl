#!/usr/bin/env perl
# make-fixtures.pl — the two SYNTHETIC MMDB files the geo tests read, one per schema Conch knows.
#
#   geolite2-city-test.mmdb   GeoIP2/GeoLite2-City schema (nested maps), IPv6 tree holding IPv4 too,
#                             database type "GeoLite2-City"
#   dbip-city-lite-test.mmdb  the flat schema of DB-IP Lite as ip-location-db repacks it
#                             (city, country_code, state1, state2, postcode, latitude, longitude,
#                             timezone), IPv4 tree, database type "city ipv4"
#
# Every network lies in the documentation ranges (RFC 5737: 192.0.2.0/24, 198.51.100.0/24,
# 203.0.113.0/24; RFC 3849: 2001:db8::/32), cut into /27s (IPv4) and /35s (IPv6), and every city is
# made up: the files locate nobody. Needs Debian's libmaxmind-db-writer-perl. The build epoch is
# fixed, so running it again writes the same bytes.
#
# usage: perl make-fixtures.pl [DIR]    (default: the directory of this script)
use strict;
use warnings;
use File::Basename qw(dirname);
use MaxMind::DB::Writer::Tree;

my $dir = $ARGV[0] // dirname(__FILE__);
my $EPOCH = 1767225600;   # 2026-01-01T00:00:00Z

# cc, country, region, made-up city stem, lat, lon, time zone
my @PLACES = (
    ['US', 'United States', 'Oregon', 'Fernwick', 45.52, -122.68, 'America/Los_Angeles'],
    ['DE', 'Germany', 'Saxony', 'Lindenau', 51.34, 12.37, 'Europe/Berlin'],
    ['JP', 'Japan', 'Hokkaido', 'Kitamori', 43.06, 141.35, 'Asia/Tokyo'],
    ['BR', 'Brazil', 'Parana', 'Serra Azul', -25.43, -49.27, 'America/Sao_Paulo'],
    ['AU', 'Australia', 'Tasmania', 'Wattle Bay', -42.88, 147.33, 'Australia/Hobart'],
    ['KE', 'Kenya', 'Nakuru', 'Mlima', -0.30, 36.07, 'Africa/Nairobi'],
    ['FR', 'France', 'Brittany', 'Kerbrat', 48.11, -1.68, 'Europe/Paris'],
    ['IN', 'India', 'Kerala', 'Puzhakkara', 9.93, 76.26, 'Asia/Kolkata'],
);

# the networks: 3 x 8 IPv4 /27s, then 8 IPv6 /35s; network n gets place n % 8 and city "<stem> n"
my @NETWORKS;
for my $block ('192.0.2', '198.51.100', '203.0.113') {
    push @NETWORKS, map { "$block." . ($_ * 32) . '/27' } 0 .. 7;
}
push @NETWORKS, map { sprintf('2001:db8:%x::/35', $_ * 0x2000) } 0 .. 7;

sub place { my ($n) = @_; return $PLACES[$n % @PLACES]; }
sub city_name { my ($n, $tag) = @_; return place($n)->[3] . " $tag$n"; }
sub country_only { my ($net) = @_; return $net eq '203.0.113.224/27'; }   # no city, no region

sub geoip2_record {
    my ($n, $net) = @_;
    my $p = place($n);
    my %r = (
        continent => { code => 'XX', names => { en => 'Nowhere' } },
        country => { iso_code => $p->[0], geoname_id => 1000 + $n % @PLACES, names => { en => $p->[1] } },
        registered_country => { iso_code => $p->[0], names => { en => $p->[1] } },
        location => { latitude => $p->[4] + $n / 1000, longitude => $p->[5] - $n / 1000,
                      accuracy_radius => 100, time_zone => $p->[6] },
    );
    return \%r if country_only($net);
    $r{city} = { geoname_id => 5000 + $n, names => { en => city_name($n, 'G') } };
    $r{subdivisions} = [ { iso_code => 'X' . $n % 10, names => { en => $p->[2] } } ];
    $r{postal} = { code => sprintf('%05d', 10000 + $n) };
    return \%r;
}

sub flat_record {
    my ($n, $net) = @_;
    my $p = place($n);
    my %r = (country_code => $p->[0], latitude => $p->[4] + $n / 1000,
             longitude => $p->[5] - $n / 1000);
    return \%r if country_only($net);
    @r{qw(city state1 state2 postcode timezone)} =
        (city_name($n, 'D'), $p->[2], '', sprintf('%05d', 20000 + $n), $p->[6]);
    return \%r;
}

my %GEOIP2_TYPES = (
    city => 'map', continent => 'map', country => 'map', location => 'map', postal => 'map',
    registered_country => 'map', subdivisions => ['array', 'map'], names => 'map',
    en => 'utf8_string', code => 'utf8_string', iso_code => 'utf8_string',
    geoname_id => 'uint32', latitude => 'double', longitude => 'double',
    accuracy_radius => 'uint16', time_zone => 'utf8_string',
);
my %FLAT_TYPES = (
    city => 'utf8_string', country_code => 'utf8_string', state1 => 'utf8_string',
    state2 => 'utf8_string', postcode => 'utf8_string', timezone => 'utf8_string',
    latitude => 'float', longitude => 'float',
);

sub write_db {
    my (%a) = @_;
    my $types = $a{types};
    my $tree = MaxMind::DB::Writer::Tree->new(
        ip_version => $a{ip_version},
        record_size => $a{record_size} // 24,
        database_type => $a{type},
        languages => ['en'],
        description => { en => $a{description} },
        remove_reserved_networks => 0,   # the documentation ranges are reserved ones
        map_key_type_callback => sub { $types->{ $_[0] } // die "no type for key $_[0]\n" },
    );
    $tree->_set_build_epoch($EPOCH);   # same bytes on every run
    my $count = 0;
    for my $n (0 .. $#NETWORKS) {
        my $net = $NETWORKS[$n];
        next if $a{ip_version} == 4 && $net =~ /:/;
        $tree->insert_network($net, $a{record}->($n, $net));
        $count++;
    }
    my $out = "$dir/$a{file}";
    open my $fh, '>:raw', $out or die "$out: $!\n";
    $tree->write_tree($fh);
    close $fh or die "$out: $!\n";
    print "wrote $out: $count networks\n";
}

write_db(file => 'geolite2-city-test.mmdb', ip_version => 6, type => 'GeoLite2-City',
         description => 'SYNTHETIC GeoLite2-City-schema test fixture - made-up places',
         types => \%GEOIP2_TYPES, record => \&geoip2_record);
write_db(file => 'dbip-city-lite-test.mmdb', ip_version => 4, type => 'city ipv4',
         description => 'SYNTHETIC DB-IP Lite flat-schema test fixture - made-up places',
         types => \%FLAT_TYPES, record => \&flat_record);
# the same places with the two other record sizes the format allows, for the tree walk's tests
write_db(file => 'geolite2-city-test-r28.mmdb', ip_version => 6, type => 'GeoLite2-City',
         description => 'SYNTHETIC GeoLite2-City-schema test fixture, 28-bit records - made-up places',
         types => \%GEOIP2_TYPES, record => \&geoip2_record, record_size => 28);
write_db(file => 'dbip-city-lite-test-r32.mmdb', ip_version => 4, type => 'city ipv4',
         description => 'SYNTHETIC DB-IP Lite flat-schema test fixture, 32-bit records - made-up places',
         types => \%FLAT_TYPES, record => \&flat_record, record_size => 32);
