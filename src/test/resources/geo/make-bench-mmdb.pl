#!/usr/bin/env perl
# make-bench-mmdb.pl — one large SYNTHETIC MMDB for `./shell bench geo`, in one of the two schemas
# Conch reads (the same record shapes as make-fixtures.pl writes):
#
#   flat      DB-IP Lite as ip-location-db repacks it (city, country_code, state1, state2, postcode,
#             latitude and longitude as float, timezone), IPv4 tree, database type "city ipv4"
#   geolite2  GeoIP2/GeoLite2-City (nested continent, country, registered_country, location, city,
#             subdivisions, postal; English names), IPv6 tree holding IPv4, type "GeoLite2-City"
#
# The networks tile the public unicast IPv4 space (1.0.0.0 to 223.255.255.255 without the private
# and reserved blocks Conch names), in prefixes of random length around the one that gives about
# NETWORKS of them; each gets one of NETWORKS/4 made-up cities ("Synthetic-<k>", in a country of
# the table below), so records repeat across networks as in real data. The cities locate nobody.
# The random numbers come from a fixed seed and the build epoch is fixed, so a run writes the same
# bytes every time. Needs Debian's libmaxmind-db-writer-perl. The bench writes its files under
# target/bench-geo/, never into src/.
#
# usage: perl make-bench-mmdb.pl OUT.mmdb flat|geolite2 [NETWORKS]   (default 200000)
use strict;
use warnings;
use MaxMind::DB::Writer::Tree;

my ($out, $schema, $wanted) = @ARGV;
die "usage: $0 OUT.mmdb flat|geolite2 [NETWORKS]\n"
    unless $out && $schema && $schema =~ /^(flat|geolite2)$/;
$wanted //= 200_000;
die "NETWORKS must be 1000 to 5000000\n" unless $wanted =~ /^\d+$/ && $wanted >= 1000 && $wanted <= 5_000_000;

my $EPOCH = 1767225600;   # 2026-01-01T00:00:00Z
srand(20260101);          # Perl's own drand48 since 5.20: the same numbers everywhere

# cc, country, continent code, continent, region stem, lat, lon, time zone
my @PLACES = (
    ['US', 'United States', 'NA', 'North America', 'Oregon', 45.52, -122.68, 'America/Los_Angeles'],
    ['DE', 'Germany', 'EU', 'Europe', 'Saxony', 51.34, 12.37, 'Europe/Berlin'],
    ['JP', 'Japan', 'AS', 'Asia', 'Hokkaido', 43.06, 141.35, 'Asia/Tokyo'],
    ['BR', 'Brazil', 'SA', 'South America', 'Parana', -25.43, -49.27, 'America/Sao_Paulo'],
    ['AU', 'Australia', 'OC', 'Oceania', 'Tasmania', -42.88, 147.33, 'Australia/Hobart'],
    ['KE', 'Kenya', 'AF', 'Africa', 'Nakuru', -0.30, 36.07, 'Africa/Nairobi'],
    ['FR', 'France', 'EU', 'Europe', 'Brittany', 48.11, -1.68, 'Europe/Paris'],
    ['IN', 'India', 'AS', 'Asia', 'Kerala', 9.93, 76.26, 'Asia/Kolkata'],
    ['CA', 'Canada', 'NA', 'North America', 'Yukon', 60.72, -135.05, 'America/Whitehorse'],
    ['AR', 'Argentina', 'SA', 'South America', 'Chubut', -43.30, -65.10, 'America/Argentina/Catamarca'],
    ['NO', 'Norway', 'EU', 'Europe', 'Nordland', 67.28, 14.40, 'Europe/Oslo'],
    ['VN', 'Vietnam', 'AS', 'Asia', 'Lao Cai', 22.48, 103.97, 'Asia/Ho_Chi_Minh'],
);

# the blocks Conch calls private or reserved (IpRanges), as [first, last] numbers
my @SKIP = map { block(@$_) } (
    ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
    ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16],
    ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
);
my $FIRST = number('1.0.0.0');
my $END = number('224.0.0.0');   # one past the last unicast address

# each /BASE block is split in halves, each half again with probability 1/2, down to /BASE+6: about
# 4 networks per /BASE, as many of each length from /BASE to /BASE+5 and twice as many /BASE+6s
my $space = $END - $FIRST;
$space -= $_->[1] - $_->[0] + 1 for @SKIP;
my $base = int(32 - log(4 * $space / $wanted) / log(2) + 0.5);
$base = 8 if $base < 8;
$base = 18 if $base > 18;
my $cities = int($wanted / 4);

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
my $flat = $schema eq 'flat';
my $types = $flat ? \%FLAT_TYPES : \%GEOIP2_TYPES;
my $tree = MaxMind::DB::Writer::Tree->new(
    ip_version => $flat ? 4 : 6,
    record_size => 28,
    database_type => $flat ? 'city ipv4' : 'GeoLite2-City',
    languages => ['en'],
    description => { en => "SYNTHETIC $schema-schema bench database - made-up places" },
    remove_reserved_networks => 0,   # none are written; the check would only cost time
    map_key_type_callback => sub { $types->{ $_[0] } // die "no type for key $_[0]\n" },
);
$tree->_set_build_epoch($EPOCH);

my $count = 0;
for (my $at = $FIRST; $at < $END; $at += 2**(32 - $base)) {
    split_block($at, $base);
}
my $tmp = "$out.tmp$$";
open my $fh, '>:raw', $tmp or die "$tmp: $!\n";
$tree->write_tree($fh);
close $fh or die "$tmp: $!\n";
rename $tmp, $out or die "$out: $!\n";
print "wrote $out: $schema schema, $count networks (/$base to /", $base + 6,
    " and longer beside reserved blocks), $cities cities\n";

sub place { my ($k) = @_; return $PLACES[$k % @PLACES]; }

sub flat_record {
    my ($k) = @_;
    my $p = place($k);
    return {
        city => "Synthetic-$k", country_code => $p->[0], state1 => "$p->[4] " . ($k % 40),
        state2 => '', postcode => sprintf('%05d', $k % 100000),
        latitude => $p->[5] + ($k % 1000) / 1000, longitude => $p->[6] - ($k % 1000) / 1000,
        timezone => $p->[7],
    };
}

sub geoip2_record {
    my ($k) = @_;
    my $p = place($k);
    my $c = $k % @PLACES;
    return {
        continent => { code => $p->[2], names => { en => $p->[3] } },
        country => { iso_code => $p->[0], geoname_id => 1000 + $c, names => { en => $p->[1] } },
        registered_country => { iso_code => $p->[0], geoname_id => 1000 + $c, names => { en => $p->[1] } },
        location => { latitude => $p->[5] + ($k % 1000) / 1000, longitude => $p->[6] - ($k % 1000) / 1000,
                      accuracy_radius => 20 + $k % 200, time_zone => $p->[7] },
        city => { geoname_id => 100000 + $k, names => { en => "Synthetic-$k" } },
        subdivisions => [ { iso_code => 'X' . $k % 40, names => { en => "$p->[4] " . ($k % 40) } } ],
        postal => { code => sprintf('%05d', $k % 100000) },
    };
}

# writes the /$length at $at as one network, or as its two halves
sub split_block {
    my ($at, $length) = @_;
    my $last = $at + 2**(32 - $length) - 1;
    my $overlaps = 0;
    for my $s (@SKIP) {
        return if $at >= $s->[0] && $last <= $s->[1];   # wholly private or reserved
        $overlaps = 1 if $at <= $s->[1] && $last >= $s->[0];
    }
    if ($overlaps || ($length < $base + 6 && rand() < 0.5)) {
        split_block($at, $length + 1);
        split_block($at + 2**(31 - $length), $length + 1);
        return;
    }
    my $city = int(rand($cities));
    $tree->insert_network(address($at) . "/$length", $flat ? flat_record($city) : geoip2_record($city));
    $count++;
}

sub block {
    my ($text, $length) = @_;
    my $first = number($text);
    return [$first, $first + 2**(32 - $length) - 1];
}

sub number { my @b = split /\./, $_[0]; return (($b[0] * 256 + $b[1]) * 256 + $b[2]) * 256 + $b[3]; }

sub address { my ($n) = @_; return join '.', map { ($n >> (8 * $_)) & 255 } 3, 2, 1, 0; }
